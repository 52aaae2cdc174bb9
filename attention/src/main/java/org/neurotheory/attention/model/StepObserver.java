package org.neurotheory.attention.model;

/** Called by {@link GradientDescent} before every step (after the loss is recorded). */
@FunctionalInterface
public interface StepObserver {
    /**
     * @param step  number of steps taken so far
     * @param theta current weights (do not modify; copy to keep)
     * @param loss  training loss at theta
     */
    void observe(int step, double[] theta, double loss);
}
