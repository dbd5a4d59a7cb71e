package io.aieval.core.contamination;

import io.aieval.api.data.Sample;
import io.aieval.core.data.DatasetSource;
import io.aieval.core.i18n.Messages;
import io.aieval.core.run.Planner;
import io.aieval.core.spec.DatasetSpec;
import io.aieval.core.task.TaskDefinition;
import io.aieval.core.task.Tasks;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A benchmark as a contamination check reads it: a data set, and how each of its samples reads.
 *
 * <p>For a data file, a sample is checked as its fields hold it. For a task, it is checked as the
 * task puts it to the model and expects it back: the rendered {@code doc_to_text} (the input), the
 * rendered choices and the rendered target, the right choice's text for multiple choice. That is
 * what the GPT-3 paper checked in spirit (the text of each test example), taken from what a run of
 * the task actually uses, so that everything the model is shown is covered (MMLU's options live in
 * the prompt, not in its question field; BoolQ's passage, HellaSwag's context) and nothing it is
 * not. The fixed words of a template ({@code Question:}, {@code Answer:}) add a few n-grams at the
 * edges but take none away. The system prompt and few-shot examples are left out: the one is the
 * same for every sample (MMLU's subject line would mark a whole subject dirty), the others are
 * samples of another split, checked as such.
 *
 * @param data the data set, read exactly as a run of the task reads it, so sample ids match
 * @param task the task's name, or {@code null} for a plain data file
 * @param view turns a sample as read into the sample whose fields are checked
 */
public record BenchmarkSource(DatasetSource data, String task, UnaryOperator<Sample> view) {
  public BenchmarkSource {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(view, "view");
  }

  /** A data file, its samples checked as read. */
  public static BenchmarkSource file(DatasetSource data) {
    return new BenchmarkSource(data, null, UnaryOperator.identity());
  }

  /**
   * The task's data set, in the task's layout or format, with each sample rendered by the task's
   * templates.
   *
   * @param data the user's copy of the benchmark, or {@code null} for the task's own {@code
   *     dataset.path}; relative to the working folder
   * @param subset the layout's subset (an MMLU subject), or {@code null} for all
   * @param split the layout's split, or {@code null} for its default
   * @throws io.aieval.core.spec.SpecException naming what is wrong with the data set section
   * @throws IllegalArgumentException when neither {@code data} nor the task gives a path
   */
  public static BenchmarkSource task(TaskDefinition def, Path data, String subset, String split) {
    Map<String, Object> section = new LinkedHashMap<>(def.dataset());
    if (data != null) {
      section.put("path", data.toString());
    }
    if (!(section.get("path") instanceof String)) {
      Object layout = section.getOrDefault("layout", section.getOrDefault("format", "-"));
      throw new IllegalArgumentException(
          Messages.get("contamination.task.noData", def.name(), layout));
    }
    if (subset != null) {
      section.put("subset", subset);
    }
    if (split != null) {
      section.put("split", split);
    }
    DatasetSpec spec = Planner.loader().parseDataset(section, "dataset", Path.of(""));
    Map<String, Object> fields = spec.fields();
    return new BenchmarkSource(spec.toSource(), def.name(), sample -> render(def, fields, sample));
  }

  private static Sample render(TaskDefinition def, Map<String, Object> fields, Sample sample) {
    try {
      return Tasks.rendered(def, fields, sample);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          Messages.get("contamination.task.render", def.name(), sample.id(), e.getMessage()), e);
    }
  }
}
