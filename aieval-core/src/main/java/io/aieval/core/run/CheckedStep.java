package io.aieval.core.run;

import io.aieval.core.spec.DatasetSpec;
import io.aieval.core.step.StepPlan;

/**
 * One step ready to run: its plan, the data set section it came from (which providers may read, see
 * {@link io.aieval.core.model.Models#connect}), and the first pass over that data.
 */
record CheckedStep(StepPlan plan, DatasetSpec data, DataCheck check) {}
