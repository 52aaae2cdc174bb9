package org.neurotheory.attention.model;

/**
 * A differentiable training loss of a flat parameter vector: what {@link GradientDescent}
 * minimises. Implementations may keep internal buffers (not thread-safe) but allocate nothing per call.
 */
public interface Objective {
    /** Length of theta. */
    int parameterCount();

    /** The loss at theta. */
    double value(double[] theta);

    /** The loss at theta; writes {@code dL/dtheta} into {@code gradient}. */
    double valueAndGradient(double[] theta, double[] gradient);
}
