package io.aieval.core.step;

import io.aieval.api.data.Sample;
import io.aieval.api.model.ChatMessage;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.Prompt;
import io.aieval.api.score.Scorer;
import io.aieval.core.data.DataRow;
import io.aieval.core.data.DatasetSource;
import io.aieval.core.data.Datasets;
import io.aieval.core.data.FieldMapping;
import io.aieval.core.data.SampleStream;
import io.aieval.core.i18n.Messages;
import io.aieval.core.registry.ClosestName;
import io.aieval.core.score.Normalization;
import io.aieval.core.score.Scorers;
import io.aieval.core.spec.DatasetSpec;
import io.aieval.core.spec.ModelSpec;
import io.aieval.core.spec.SpecProblem;
import io.aieval.core.spec.StepSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The accuracy step: asks the model each question and scores the answer, by choice letter for
 * multiple-choice items or by exact match for generation items.
 *
 * <p>Options: {@code scorer} ({@code auto}, {@code multiple_choice}, {@code exact_match}, {@code
 * includes}), {@code normalization} (for exact match), {@code prompt_template}, {@code limit}.
 */
public final class AccuracyStep implements StepType {
  static final List<String> SCORERS = List.of("auto", "multiple_choice", "exact_match", "includes");
  private static final Set<String> OPTIONS =
      Set.of("scorer", "normalization", "prompt_template", "limit");

  @Override
  public String type() {
    return "accuracy";
  }

  @Override
  public void check(StepSpec step, String path, List<SpecProblem> problems) {
    Map<String, Object> p = step.params();
    for (String key : p.keySet()) {
      if (!OPTIONS.contains(key)) {
        String close = ClosestName.among(key, OPTIONS);
        String hint = close == null ? "" : Messages.get("spec.didYouMean", close);
        problems.add(new SpecProblem(path + "." + key, Messages.get("spec.stepOption", hint)));
      }
    }
    Object scorer = p.getOrDefault("scorer", "auto");
    if (!SCORERS.contains(String.valueOf(scorer))) {
      String close = ClosestName.among(String.valueOf(scorer), SCORERS);
      problems.add(
          new SpecProblem(
              path + ".scorer",
              Messages.get(
                  "spec.unknownComponent",
                  "scorer",
                  scorer,
                  close == null ? "" : Messages.get("spec.didYouMean", close),
                  String.join(", ", SCORERS))));
    }
    try {
      normalization(p);
    } catch (IllegalArgumentException e) {
      problems.add(new SpecProblem(path + ".normalization", e.getMessage()));
    }
    Object template = p.get("prompt_template");
    if (template != null && !(template instanceof String)) {
      problems.add(
          new SpecProblem(
              path + ".prompt_template", Messages.get("spec.type", "string", template)));
    }
    Object limit = p.get("limit");
    if (limit != null && !(limit instanceof Integer || limit instanceof Long)
        || limit instanceof Number n && n.longValue() < 0) {
      problems.add(
          new SpecProblem(path + ".limit", Messages.get("spec.type", "integer >= 0", limit)));
    }
  }

  @Override
  public StepPlan plan(StepSpec step, ModelSpec model) {
    Map<String, Object> p = step.params();
    DatasetSource source = source(step.dataset());
    String scorerName = String.valueOf(p.getOrDefault("scorer", "auto"));
    if ("auto".equals(scorerName)) {
      scorerName = firstSampleHasChoices(source) ? "multiple_choice" : "exact_match";
    }
    boolean mc = "multiple_choice".equals(scorerName);
    Normalization norm = normalization(p);
    Scorer scorer =
        switch (scorerName) {
          case "multiple_choice" -> Scorers.multipleChoice();
          case "includes" -> Scorers.includes(norm);
          default -> Scorers.exactMatch(norm);
        };
    String template =
        (String)
            p.getOrDefault(
                "prompt_template", mc ? PromptTemplate.MULTIPLE_CHOICE : PromptTemplate.GENERATION);
    Function<Sample, ModelRequest> request = requestBuilder(new PromptTemplate(template), model);
    Map<String, Object> modelOptions = new HashMap<>();
    if ("baseline".equals(model.provider())
        && "majority".equals(String.valueOf(model.options().get("strategy")))) {
      modelOptions.put("answer", MajorityAnswer.of(source));
    }
    if ("sim".equals(model.provider()) && !model.options().containsKey("answers")) {
      // the simulator answers this step's questions from the step's own data set
      modelOptions.put("answers", step.dataset().resolved().toString());
      if (step.dataset().format() != null) {
        modelOptions.put("answers_format", step.dataset().format());
      }
      if (!step.dataset().fields().isEmpty()) {
        modelOptions.put("answers_fields", step.dataset().fields());
      }
    }
    long limit = p.get("limit") instanceof Number n ? n.longValue() : 0;
    return new StepPlan(
        step.name(),
        type(),
        source,
        request,
        scorer,
        scorerName,
        mc ? "acc" : scorerName,
        limit,
        template,
        modelOptions);
  }

  /** The data source a dataset section describes. */
  public static DatasetSource source(DatasetSpec d) {
    return new DatasetSource(d.resolved(), d.format(), FieldMapping.fromMap(d.fields()), d.path());
  }

  private static Normalization normalization(Map<String, Object> p) {
    Object n = p.get("normalization");
    if (n == null) {
      return Normalization.defaults();
    }
    if (!(n instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(Messages.get("spec.type", "map", n));
    }
    Map<String, Object> copy = new HashMap<>();
    m.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return Normalization.fromMap(copy);
  }

  private static boolean firstSampleHasChoices(DatasetSource source) {
    try (SampleStream rows = Datasets.open(source)) {
      while (rows.hasNext()) {
        if (rows.next() instanceof DataRow.Good g) {
          return g.sample().isMultipleChoice();
        }
      }
    }
    return false;
  }

  private static Function<Sample, ModelRequest> requestBuilder(
      PromptTemplate template, ModelSpec model) {
    String system = model.systemPrompt();
    if ("completions".equals(model.api())) {
      return s -> {
        String body = template.render(s) + "\nAnswer:";
        String text = system == null ? body : system + "\n\n" + body;
        return new ModelRequest(new Prompt.Text(text), model.params());
      };
    }
    return s -> {
      List<ChatMessage> messages = new ArrayList<>(2);
      if (system != null) {
        messages.add(ChatMessage.system(system));
      }
      messages.add(ChatMessage.user(template.render(s)));
      return new ModelRequest(new Prompt.Chat(messages), model.params());
    };
  }
}
