package io.aieval.core.task;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import io.aieval.api.model.Prompt;
import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.core.exec.Sandbox;
import io.aieval.core.exec.Sandboxes;
import io.aieval.core.i18n.Messages;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.Filters;
import io.aieval.core.score.MeanAccumulator;
import io.aieval.core.score.PredictionException;
import io.aieval.core.score.SampleMetric;
import io.aieval.core.score.SavedPrediction;
import io.aieval.core.step.SampleTask;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code generate_until}: the prompt asked {@code repeats} times; the recorded output is the one
 * answer, or a JSON array of them. Scoring strips {@code <think>} blocks (the recorded output keeps
 * them), runs every filter pipeline, and scores each metric against the references of {@code
 * doc_to_target} (one, or a list), as {@code metric,pipeline}: on the pipeline's first result; or
 * on each answer put through the pipeline on its own, averaged ({@code reducer: mean}) or all
 * together ({@code pass@k}, {@code pass^k}); a corpus metric by recording the first result and
 * every reference for the step to aggregate. Every per-sample metric of the library takes the best
 * over several references (1 when any matches, for 0/1 metrics, as lm-eval scores a list of
 * targets). An answer a corpus metric cannot read (not a number, for a correlation) is left out of
 * that metric, never counted as a zero: the sample's reason says so and the metric's count shows
 * it.
 */
final class GenerateUntilTask implements SampleTask {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TaskDefinition def;
  private final TaskPrompt prompt;
  private final GenerationParams params;
  private final boolean chat;
  private final AnswerJudges judges;

  GenerateUntilTask(TaskDefinition def, TaskPrompt prompt, GenerationParams params, boolean chat) {
    this(def, prompt, params, chat, Sandboxes::shared);
  }

  /**
   * @param sandbox runs the code of answers for metrics with a {@code scorer}; asked for lazily
   */
  GenerateUntilTask(
      TaskDefinition def,
      TaskPrompt prompt,
      GenerationParams params,
      boolean chat,
      Supplier<Sandbox> sandbox) {
    this.def = def;
    this.prompt = prompt;
    this.params = params;
    this.chat = chat;
    this.judges = new AnswerJudges(sandbox);
  }

  /** The metric names this task reports, in order, the primary first. */
  static List<String> metricNames(TaskDefinition def) {
    List<String> out = new ArrayList<>();
    for (FilterPipeline p : def.filters()) {
      for (TaskMetric m : def.metrics()) {
        out.add(m.name() + "," + p.name());
      }
    }
    return out;
  }

  @Override
  public Calls calls(Sample sample) {
    Prompt p = chat ? prompt.chat(sample, "") : new Prompt.Text(prompt.context(sample));
    if (def.repeats() == 1 || params.isDeterministic()) {
      return new Calls(p, Collections.nCopies(def.repeats(), new ModelRequest(p, params)));
    }
    // each sampled answer its own seed: the answers differ yet repeat, and none is a cache hit
    long base = params.seed() == null ? 0 : params.seed();
    List<ModelRequest> requests = new ArrayList<>();
    for (int i = 0; i < def.repeats(); i++) {
      GenerationParams seeded =
          new GenerationParams(
              params.temperature(), params.maxTokens(), params.topP(), params.stop(), base + i);
      requests.add(new ModelRequest(p, seeded));
    }
    return new Calls(p, requests);
  }

  @Override
  public String output(Sample sample, List<ModelResponse> responses) {
    if (responses.size() == 1) {
      return responses.get(0).text();
    }
    return JSON.writeValueAsString(responses.stream().map(ModelResponse::text).toList());
  }

  @Override
  public SampleOutcome.Scored score(Sample sample, String output) {
    List<String> answers = answers(output);
    List<List<String>> references = prompt.references(sample);
    List<String> referenceTexts = references.stream().map(TaskPrompt::text).toList();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, CorpusInput> corpus = new LinkedHashMap<>();
    Map<String, List<Boolean>> verdicts = new HashMap<>();
    List<String> leftOut = new ArrayList<>();
    String extracted = null;
    for (FilterPipeline p : def.filters()) {
      List<String> filtered = p.apply(answers);
      String prediction = filtered.isEmpty() ? "" : filtered.get(0);
      if (extracted == null) {
        extracted = prediction;
      }
      SavedPrediction one = SavedPrediction.ofAnswers(sample.id(), List.of(prediction), references);
      List<String> each = eachAnswer(p, answers);
      for (TaskMetric m : def.metrics()) {
        String key = m.name() + "," + p.name();
        if (m.metric() instanceof SampleMetric s && !m.judge().isEmpty()) {
          List<Boolean> passed =
              verdicts.computeIfAbsent(m.judge(), j -> judges.passed(j, sample, answers));
          scores.put(key, s.score(judged(one, answers, passed)));
        } else if (m.metric() instanceof SampleMetric s) {
          double score = score(s, m.reducer(), one, each);
          // NaN: the score does not apply to this document (SQuAD v2's HasAns_ on no answer)
          if (!Double.isNaN(score)) {
            scores.put(key, score);
          }
        } else if (m.metric() instanceof CorpusMetric<?> c) {
          double line;
          try {
            line = lineScore(c, one);
          } catch (PredictionException e) {
            if (!"predictions".equals(e.field())) {
              throw e;
            }
            // an answer the metric cannot read (no number for a correlation) is not a zero
            leftOut.add(Messages.get("task.corpusLeftOut", key, e.getMessage()));
            continue;
          }
          corpus.put(key, new CorpusInput(prediction, referenceTexts));
          // a correlation says nothing of one sample: the step's figure is computed from corpus
          if (Double.isFinite(line)) {
            scores.put(key, line);
          }
        }
      }
    }
    double value = scores.isEmpty() ? 0 : scores.values().iterator().next();
    String reason = leftOut.isEmpty() ? null : String.join("; ", leftOut);
    return new SampleOutcome.Scored(value, extracted, reason, scores, corpus);
  }

  @Override
  public Map<String, CorpusMetric<?>> corpusMetrics() {
    Map<String, CorpusMetric<?>> out = new LinkedHashMap<>();
    for (FilterPipeline p : def.filters()) {
      for (TaskMetric m : def.metrics()) {
        if (m.metric() instanceof CorpusMetric<?> c) {
          out.put(m.name() + "," + p.name(), c);
        }
      }
    }
    return out;
  }

  /**
   * The score of one metric: on {@code first}, the pipeline's first result, unless it reads every
   * answer or averages over them.
   */
  private static double score(
      SampleMetric metric, TaskMetric.Reducer reducer, SavedPrediction first, List<String> each) {
    if (metric.readsEveryAnswer()) {
      return metric.score(SavedPrediction.ofAnswers(first.id(), each, first.references()));
    }
    return switch (reducer) {
      case FIRST -> metric.score(first);
      case MAJORITY ->
          metric.score(
              SavedPrediction.ofAnswers(
                  first.id(), ResponseFilters.majorityVote().apply(each), first.references()));
      case MEAN -> {
        MeanAccumulator scores = new MeanAccumulator();
        for (String answer : each) {
          scores.add(
              metric.score(
                  SavedPrediction.ofAnswers(first.id(), List.of(answer), first.references())));
        }
        yield scores.mean();
      }
    };
  }

  /** Every answer with whether its code passed, for {@code pass@k} with a {@code scorer}. */
  private static SavedPrediction judged(
      SavedPrediction first, List<String> answers, List<Boolean> passed) {
    return new SavedPrediction(
        first.id(), answers, first.references(), null, null, null, null, passed, null);
  }

  /** Each answer put through the pipeline on its own: what it extracts from that answer. */
  private static List<String> eachAnswer(FilterPipeline pipeline, List<String> answers) {
    return answers.stream()
        .map(a -> pipeline.apply(List.of(a)))
        .map(f -> f.isEmpty() ? "" : f.get(0))
        .toList();
  }

  private static <T> double lineScore(CorpusMetric<T> metric, SavedPrediction p) {
    return metric.lineScore(metric.item(p));
  }

  private List<String> answers(String output) {
    List<String> raw =
        def.repeats() == 1
            ? List.of(output == null ? "" : output)
            : JSON.readValue(output, new TypeReference<List<String>>() {});
    return raw.stream().map(t -> Filters.stripThinking().apply(t == null ? "" : t)).toList();
  }
}
