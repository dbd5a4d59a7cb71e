package io.aieval.core.task;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A benchmark described as data, read from a task file with lm-evaluation-harness's keys.
 *
 * @param name {@code task}
 * @param version {@code version} (or {@code metadata.version}), recorded in provenance
 * @param description one line for {@code aieval tasks ls}, by language tag ({@code en}, {@code
 *     zh-CN}); an untagged one under the empty tag
 * @param dataset the {@code dataset} section as written, paths resolved; read by the spec loader
 * @param templates the Jinja templates ({@code doc_to_text} …)
 * @param outputType {@code output_type}
 * @param generation {@code generation_kwargs}
 * @param fewshot {@code num_fewshot} and {@code fewshot_config}
 * @param chat how prompts are put to chat endpoints
 * @param filters {@code filter_list}; one pipeline named {@code none} when the file has none
 * @param metrics {@code metric_list}, not empty
 * @param processResults {@code process_results}: for a multiple-choice task the name of the {@link
 *     ResultsFunction} that scores each document from its log-likelihoods, for a generation task
 *     that of the {@link ProcessResults} its metrics come from; or {@code null}
 * @param repeats {@code repeats}: answers asked per document, reduced by the filters
 * @param source where the file came from, for {@code aieval tasks show}
 */
public record TaskDefinition(
    String name,
    String version,
    Map<String, String> description,
    Map<String, Object> dataset,
    TaskTemplates templates,
    OutputType outputType,
    Generation generation,
    Fewshot fewshot,
    ChatFormat chat,
    List<FilterPipeline> filters,
    List<TaskMetric> metrics,
    String processResults,
    int repeats,
    TaskSource source) {
  public TaskDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(outputType, "outputType");
    dataset = dataset == null ? Map.of() : Map.copyOf(dataset);
    description = Map.copyOf(description);
    filters = List.copyOf(filters);
    metrics = List.copyOf(metrics);
    if (metrics.isEmpty() || filters.isEmpty() || repeats < 1) {
      throw new IllegalArgumentException("a task needs metrics, filters and at least one repeat");
    }
  }

  /**
   * The description in {@code locale}: its language tag's, else its language's, else the untagged
   * or English one, else any; empty when there is none.
   */
  public String description(Locale locale) {
    for (String tag : List.of(locale.toLanguageTag(), locale.getLanguage(), "", "en")) {
      String text = description.get(tag);
      if (text != null) {
        return text;
      }
    }
    return description.values().stream().findFirst().orElse("");
  }

  /**
   * {@code generation_kwargs}.
   *
   * @param until stop sequences
   * @param maxTokens {@code max_tokens} (or {@code max_gen_toks}), or {@code null}
   * @param temperature or {@code null}
   * @param doSample {@code do_sample}; {@code false} means temperature 0
   */
  public record Generation(
      List<String> until, Integer maxTokens, Double temperature, boolean doSample) {
    public Generation {
      until = List.copyOf(until);
    }
  }

  /**
   * Few-shot examples.
   *
   * @param count {@code num_fewshot}
   * @param sampler {@code first_n} or {@code random} (lm-eval's {@code default})
   * @param seed the seed of the {@code random} sampler's one generator, lm-eval's {@code
   *     fewshot_random_seed}
   * @param split the split of the task's data set to take examples from (a {@code split} key laid
   *     over its data set section), or {@code null}
   * @param dataset data set keys laid over the task's for the examples, or {@code null}
   * @param drawExtra {@code draw_extra}: whether {@code count + 1} are drawn (the document itself
   *     is dropped from every draw), or {@code null} for when the examples come from the evaluated
   *     data set itself
   */
  public record Fewshot(
      int count,
      String sampler,
      long seed,
      String split,
      Map<String, Object> dataset,
      Boolean drawExtra) {
    public static final List<String> SAMPLERS = List.of("first_n", "random");

    public Fewshot {
      dataset = dataset == null ? null : Map.copyOf(dataset);
    }

    /** Whether examples are drawn at random (lm-eval's default sampler), not the first ones. */
    public boolean random() {
      return "random".equals(sampler);
    }
  }

  /**
   * Chat formatting.
   *
   * @param systemPrompt {@code system_prompt}, or {@code null}
   * @param fewshotAsMultiturn {@code fewshot_as_multiturn}: examples as user/assistant turns
   */
  public record ChatFormat(String systemPrompt, boolean fewshotAsMultiturn) {}

  /**
   * Where a task file came from.
   *
   * @param where {@code built-in} or the file's path
   * @param dir the file's folder, or {@code null} for a built-in task
   * @param text the file as written
   */
  public record TaskSource(String where, Path dir, String text) {
    public TaskSource {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(text, "text");
    }
  }
}
