package io.aieval.core.task;

import io.aieval.api.data.Sample;
import io.aieval.api.model.GenerationParams;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.model.ModelResponse;
import io.aieval.api.model.Prompt;
import io.aieval.api.run.CorpusInput;
import io.aieval.api.run.SampleOutcome;
import io.aieval.api.score.Score;
import io.aieval.core.i18n.Messages;
import io.aieval.core.score.CorpusMetric;
import io.aieval.core.score.Scorers;
import io.aieval.core.step.ChoiceRequests;
import io.aieval.core.step.LoglikelihoodOutput;
import io.aieval.core.step.SampleTask;
import io.aieval.core.step.SampleTasks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code multiple_choice}: by log-likelihood of each choice after the context on completions
 * endpoints ({@code acc}, {@code acc_norm} …), else by asking chat endpoints for the letter of the
 * choice and extracting it robustly ({@code acc}; a different method, named so in results). A
 * multiple-input task ({@link TaskPrompt#inputIndex}) measures the shared {@code doc_to_target}
 * after each choice instead, and on chat endpoints lists each choice followed by it. A task with
 * {@code process_results} is scored by its {@link ResultsFunction} from the log-likelihoods. The
 * corpus metrics of {@code metric_list} ({@code mcc}, {@code f1}, {@code f1_macro}) are computed
 * over the step from each sample's chosen and gold choice index, as lm-evaluation-harness pairs
 * them; a chat answer that names no choice is left out of them.
 */
final class MultipleChoiceTask implements SampleTask {
  static final String LETTER_SUFFIX_KEY = "task.letterInstruction";

  private final TaskDefinition def;
  private final TaskPrompt prompt;
  private final SampleTask loglikelihood;
  private final ResultsFunction results;
  private final GenerationParams params;
  private final String instruction;
  private final Map<String, CorpusMetric<?>> corpusMetrics = new LinkedHashMap<>();

  /**
   * @param loglikelihood whether the endpoint gives prompt log-probabilities (completions)
   * @param instruction put after the choices for letter-choice generation
   */
  MultipleChoiceTask(
      TaskDefinition def,
      TaskPrompt prompt,
      boolean loglikelihood,
      GenerationParams params,
      String instruction) {
    this.def = def;
    this.prompt = prompt;
    this.loglikelihood = loglikelihood ? SampleTasks.loglikelihood(this::requests, null) : null;
    this.results =
        def.processResults() == null ? null : TaskFunctions.results().get(def.processResults());
    this.params = params;
    this.instruction = instruction;
    for (TaskMetric m : def.metrics()) {
      if (m.metric() instanceof CorpusMetric<?> c) {
        corpusMetrics.put(m.name(), c);
      }
    }
  }

  /** The metric names a step of {@code def} reports: {@code choiceMetrics}, then corpus ones. */
  static List<String> metricNames(TaskDefinition def, List<String> choiceMetrics) {
    List<String> out = new ArrayList<>(choiceMetrics);
    for (TaskMetric m : def.metrics()) {
      if (m.metric() instanceof CorpusMetric<?>) {
        out.add(m.name());
      }
    }
    return out;
  }

  /** lm-evaluation-harness's log-likelihood requests of a document. */
  private ChoiceRequests requests(Sample s) {
    List<String> choices = prompt.choices(s);
    String context = prompt.context(s);
    String delimiter = def.templates().targetDelimiter();
    Integer gold = prompt.inputIndex(s);
    if (gold != null) {
      return ChoiceRequests.sharedContinuation(
          context, choices, delimiter + prompt.target(s), gold);
    }
    return ChoiceRequests.sharedContext(
        context, choices, delimiter, prompt.targetIndex(s, choices));
  }

  /**
   * The document as the letter-choice sample the scorer reads: the options shown (for a
   * multiple-input task each choice followed by the target delimiter and the shared target) and the
   * right letter.
   */
  private Sample lettered(Sample s) {
    List<String> choices = prompt.choices(s);
    Integer gold = prompt.inputIndex(s);
    List<String> shown = choices;
    if (gold != null) {
      String rest = def.templates().targetDelimiter() + prompt.target(s);
      shown = choices.stream().map(c -> c + rest).toList();
    }
    int index = gold != null ? gold : prompt.targetIndex(s, choices);
    return new Sample(s.id(), "", shown, String.valueOf((char) ('A' + index)), s.metadata());
  }

  @Override
  public Calls calls(Sample sample) {
    if (loglikelihood != null) {
      return loglikelihood.calls(sample);
    }
    Sample mc = lettered(sample);
    // a multiple-input document has no text of its own: the options follow the examples directly
    StringBuilder b = new StringBuilder(prompt.inputIndex(sample) != null ? "" : "\n\n");
    for (int i = 0; i < mc.choices().size(); i++) {
      b.append((char) ('A' + i)).append(". ").append(mc.choices().get(i)).append('\n');
    }
    Prompt p = prompt.chat(sample, b.append('\n').append(instruction).toString());
    return new Calls(p, List.of(new ModelRequest(p, params)));
  }

  @Override
  public String output(Sample sample, List<ModelResponse> responses) {
    if (loglikelihood != null) {
      return loglikelihood.output(sample, responses);
    }
    return responses.get(0).text();
  }

  @Override
  public SampleOutcome.Scored score(Sample sample, String output) {
    SampleOutcome.Scored scored;
    int gold;
    if (loglikelihood != null) {
      ChoiceRequests r = requests(sample);
      gold = r.target();
      scored = results != null ? processed(sample, r, output) : loglikelihood.score(sample, output);
    } else {
      Sample mc = lettered(sample);
      gold = mc.target().charAt(0) - 'A';
      Score s = Scorers.multipleChoice().score(mc, output);
      scored =
          new SampleOutcome.Scored(s.value(), s.extracted(), s.reason(), Map.of("acc", s.value()));
    }
    return new SampleOutcome.Scored(
        scored.value(), scored.extracted(), scored.reason(), scored.scores(), corpus(gold, scored));
  }

  /**
   * The metrics of {@code metric_list} as the task's results function gives them from the recorded
   * log-likelihoods; the first is the sample's value, the choice {@code acc} picks its answer.
   */
  private SampleOutcome.Scored processed(Sample sample, ChoiceRequests r, String output) {
    LoglikelihoodOutput out = LoglikelihoodOutput.parse(output, r.choices().size());
    Map<String, Double> values =
        results.apply(prompt.doc(sample), out.loglikelihoods(), out.isGreedy());
    Map<String, Double> scores = new LinkedHashMap<>();
    for (TaskMetric m : def.metrics()) {
      Double v = values.get(m.name());
      if (v == null) {
        throw new IllegalArgumentException(
            Messages.get("task.results.missing", results.name(), m.name(), values.keySet()));
      }
      scores.put(m.name(), v);
    }
    double value = scores.get(def.metrics().get(0).name());
    return new SampleOutcome.Scored(value, out.choice(), null, scores);
  }

  @Override
  public Map<String, CorpusMetric<?>> corpusMetrics() {
    return Collections.unmodifiableMap(corpusMetrics);
  }

  /** The chosen and gold choice index, as the text of each corpus metric's prediction line. */
  private Map<String, CorpusInput> corpus(int gold, SampleOutcome.Scored scored) {
    String chosen = scored.extracted();
    if (corpusMetrics.isEmpty() || chosen == null || chosen.length() != 1) {
      return Map.of();
    }
    CorpusInput input =
        new CorpusInput(Integer.toString(chosen.charAt(0) - 'A'), List.of(Integer.toString(gold)));
    Map<String, CorpusInput> out = new LinkedHashMap<>();
    corpusMetrics.keySet().forEach(name -> out.put(name, input));
    return out;
  }
}
