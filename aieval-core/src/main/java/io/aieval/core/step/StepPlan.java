package io.aieval.core.step;

import io.aieval.api.data.Sample;
import io.aieval.api.model.ModelRequest;
import io.aieval.api.score.Scorer;
import io.aieval.core.data.DatasetSource;
import java.util.Objects;
import java.util.function.Function;

/**
 * A step ready to run: where its samples come from, how each becomes a request, how each answer is
 * scored.
 *
 * @param name the step name in results
 * @param type the step type
 * @param source the data set
 * @param request builds the model request for a sample
 * @param scorer scores an answer
 * @param scorerName the scorer's name, for results
 * @param metric the metric's name ({@code acc}, {@code exact_match})
 * @param limit most samples to evaluate; 0 means all
 * @param promptTemplate the prompt template, hashed into provenance
 */
public record StepPlan(
    String name,
    String type,
    DatasetSource source,
    Function<Sample, ModelRequest> request,
    Scorer scorer,
    String scorerName,
    String metric,
    long limit,
    String promptTemplate) {
  public StepPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(scorer, "scorer");
  }
}
