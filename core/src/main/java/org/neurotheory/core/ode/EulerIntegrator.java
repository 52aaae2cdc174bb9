package org.neurotheory.core.ode;

/**
 * Forward Euler, {@code y_{k+1} = y_k + h f(t_k, y_k)}: first order. On a {@link GradientFlow}
 * with {@code h = lr} this is full-batch gradient descent, time = steps x lr.
 */
public final class EulerIntegrator extends FixedStepIntegrator {
    /** @param step the step size (the learning rate, for a gradient flow) */
    public EulerIntegrator(double step) {
        super(step);
    }

    @Override
    protected void step(OdeSystem system, double t, double[] y, double h, double[] out, double[][] work) {
        double[] k = work[0];
        system.derivative(t, y, k);
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] + h * k[i];
        }
    }

    @Override
    protected double[][] newWork(int dimension) {
        return new double[1][dimension];
    }
}
