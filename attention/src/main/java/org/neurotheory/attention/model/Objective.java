package org.neurotheory.attention.model;

import org.neurotheory.core.ode.GradientFlow;

/**
 * A differentiable training loss of a flat parameter vector, as a core {@link GradientFlow}
 * ({@code dtheta/dt = -dL/dtheta}, {@code tau = 1}) so that core's
 * {@link org.neurotheory.core.ode.GradientDescent} trains it: with learning rate eta it is
 * {@code torch.optim.SGD} without momentum, as in the official code, and the state after k steps
 * sits at time {@code t = k eta} (the paper's {@code t / tau = 2 eta k}).
 * Implementations may keep internal buffers (not thread-safe) but allocate nothing per call.
 */
public interface Objective extends GradientFlow {
    /** Length of theta. */
    int parameterCount();

    /** The loss at theta. */
    double value(double[] theta);

    /** The loss at theta; writes {@code dL/dtheta} into {@code gradient}. */
    double valueAndGradient(double[] theta, double[] gradient);

    @Override
    default int dimension() {
        return parameterCount();
    }

    @Override
    default double loss(double[] theta) {
        return value(theta);
    }

    @Override
    default void derivative(double t, double[] theta, double[] thetaDot) {
        lossAndDerivative(t, theta, thetaDot);
    }

    /** One pass: the loss, and {@code -dL/dtheta} in {@code thetaDot}. */
    @Override
    default double lossAndDerivative(double t, double[] theta, double[] thetaDot) {
        double loss = valueAndGradient(theta, thetaDot);
        for (int i = 0; i < thetaDot.length; i++) {
            thetaDot[i] = -thetaDot[i];
        }
        return loss;
    }
}
