package org.neurotheory.core.ode;

/**
 * A gradient flow {@code tau dy/dt = -grad L(y)}: an {@link OdeSystem} that also knows its loss.
 * Integrating it with {@link EulerIntegrator} at step {@code lr} is exactly full-batch gradient
 * descent with learning rate {@code lr} (time = steps x lr, for {@code tau = 1}).
 * Trajectories of a gradient flow record the loss at every recorded time.
 */
public interface GradientFlow extends OdeSystem {
    /** The loss L(y) whose negative gradient this flow follows. */
    double loss(double[] y);

    /**
     * The loss and its descent direction in one call: writes {@code dy/dt = -grad L(y) / tau} into
     * {@code yDot} and returns {@code L(y)}. Override when one pass computes both (a network's
     * forward and backward pass); the default calls {@link #derivative} and then {@link #loss}.
     */
    default double lossAndDerivative(double t, double[] y, double[] yDot) {
        derivative(t, y, yDot);
        return loss(y);
    }
}
