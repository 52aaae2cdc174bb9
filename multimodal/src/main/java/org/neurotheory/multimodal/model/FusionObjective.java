package org.neurotheory.multimodal.model;

import org.neurotheory.core.ode.GradientFlow;

/**
 * The square loss {@code L = 1/2 mean (y - f(x))^2} of a {@link FusionNetwork} as a gradient
 * flow over its flat parameter vector (paper Eq. (2); {@code tau = 1}), with one call that returns
 * the loss, the descent direction and the end-to-end weights together (what a training step needs).
 */
public interface FusionObjective extends GradientFlow {
    /** The network whose parameters this objective takes. */
    FusionNetwork network();

    /**
     * Evaluates at theta: writes {@code -dL/dtheta} into dir and {@code [W_A^tot, W_B^tot]} into
     * totals (length D), returns {@code L(theta)}. Allocates nothing.
     */
    double evaluate(double[] theta, double[] dir, double[] totals);

    @Override
    default int dimension() {
        return network().size();
    }
}
