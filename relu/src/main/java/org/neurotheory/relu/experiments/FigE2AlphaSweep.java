package org.neurotheory.relu.experiments;

/**
 * Experiment E2, the paper's recovered learning-dynamics figure: pair-initialised leaky-ReLU networks
 * for a sweep of slopes alpha against the linear-network closed form, and their collapse onto one
 * curve after rescaling time by {@code (1+alpha)/2}. Tolerances: half-drop time within 1% of the
 * closed form (the closed form is for gradient flow from aligned weights: GD's per-step growth factor
 * {@code 1 + lr*2cs} lags {@code e^{lr*2cs}} by ~ lr*s, and the non-aligned part of the random
 * initial weights adds a fraction of a percent); loss within 0.02 of the closed form at paper scale
 * (measured <= 0.011 with lr = 0.0027) and 0.05 at quick scale, whose lr = 0.01 triples that time
 * offset, which the steep drop turns into a loss gap.
 */
public final class FigE2AlphaSweep extends AlphaSweep {
    public FigE2AlphaSweep() {
        super("fige2", "Leaky-ReLU slope sweep vs linear-network closed form (the paper's figure, experiment E2)",
                s -> s.pick(AlphaSweepParams.quick(), AlphaSweepParams.paper()), new Tolerances(0.01, 0.05, 0.02));
    }
}
