package org.neurotheory.core.ode;

/** The classical fourth-order Runge-Kutta method with fixed step h (global error O(h^4)). */
public final class Rk4Integrator extends FixedStepIntegrator {
    /** @param step the step size */
    public Rk4Integrator(double step) {
        super(step);
    }

    @Override
    protected void step(OdeSystem system, double t, double[] y, double h, double[] out, double[][] w) {
        double[] k1 = w[0];
        double[] k2 = w[1];
        double[] k3 = w[2];
        double[] k4 = w[3];
        double[] tmp = w[4];
        int n = y.length;
        system.derivative(t, y, k1);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k1[i];
        }
        system.derivative(t + 0.5 * h, tmp, k2);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k2[i];
        }
        system.derivative(t + 0.5 * h, tmp, k3);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + h * k3[i];
        }
        system.derivative(t + h, tmp, k4);
        for (int i = 0; i < n; i++) {
            out[i] = y[i] + h / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    @Override
    protected double[][] newWork(int dimension) {
        return new double[5][dimension];
    }
}
