package org.neurotheory.core.ode;

/**
 * Sees the states a run visits, with their time and loss: {@link GradientDescent#run} calls it once
 * per state before the step from it; an {@link Integrator} with the initial state and after every
 * step it takes (the loss is NaN for a system that is not a {@link GradientFlow}).
 */
@FunctionalInterface
public interface StepObserver {
    /**
     * @param t     time of the state (for gradient descent {@code step x learning rate};
     *              {@link GradientDescent#step(double)} turns it back into the step number)
     * @param state current parameters (do not modify; copy to keep)
     * @param loss  loss at {@code state}
     */
    void observe(double t, double[] state, double loss);
}
