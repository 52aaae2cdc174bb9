package org.neurotheory.core.ode;

/**
 * Sees every state a gradient-descent run visits ({@link GradientDescent}): called once per state,
 * before the step from it, with the state's time, the state and its loss.
 */
@FunctionalInterface
public interface StepObserver {
    /**
     * @param t     time of the state: {@code step x learning rate} ({@link GradientDescent#step(double)}
     *              turns it back into the step number)
     * @param state current parameters (do not modify; copy to keep)
     * @param loss  loss at {@code state}
     */
    void observe(double t, double[] state, double loss);
}
