package org.neurotheory.core.nn;

import org.neurotheory.core.Require;

/**
 * One stage of {@link LocalLearning}: a body (a layer or a {@link Sequential} of layers) trained by
 * its own objective and optimiser, or frozen (both {@code null}: forward only, e.g. the
 * "random hidden layers, trained readout" baseline).
 *
 * @param body      the layers of the stage
 * @param objective its local objective, or {@code null} when frozen
 * @param optimizer its optimiser, or {@code null} when frozen
 */
public record LocalStage(Layer body, LocalObjective objective, Optimizer optimizer) {
    public LocalStage {
        Require.nonNull("body", body);
        Require.that((objective == null) == (optimizer == null), "objective/optimizer",
                objective + "/" + optimizer, "must both be given (trained stage) or both be null (frozen stage)");
    }

    /** A stage that only runs forward. */
    public static LocalStage frozen(Layer body) {
        return new LocalStage(body, null, null);
    }

    /** Whether the stage is trained. */
    public boolean trained() {
        return objective != null;
    }
}
