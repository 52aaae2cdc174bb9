package org.neurotheory.core.testing;

import org.neurotheory.core.ode.GradientFlow;
import org.neurotheory.core.ode.OdeSystem;

/** ODE problems with exact solutions, for integrator and model tests (core test-jar). */
public final class ReferenceProblems {
    private ReferenceProblems() {
    }

    /** {@code y' = -k y}, {@code y(t) = y0 e^{-kt}}. Also the gradient flow of {@code L = k y^2 / 2}. */
    public static GradientFlow decay(double k) {
        return new GradientFlow() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivative(double t, double[] y, double[] yDot) {
                yDot[0] = -k * y[0];
            }

            @Override
            public double loss(double[] y) {
                return 0.5 * k * y[0] * y[0];
            }
        };
    }

    /** Exact solution of {@link #decay(double)}. */
    public static double decayExact(double k, double y0, double t) {
        return y0 * Math.exp(-k * t);
    }

    /** Harmonic oscillator {@code x'' = -w^2 x} as {@code (x, v)}; {@code x(t) = x0 cos wt + v0/w sin wt}. */
    public static OdeSystem oscillator(double w) {
        return new OdeSystem() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void derivative(double t, double[] y, double[] yDot) {
                yDot[0] = y[1];
                yDot[1] = -w * w * y[0];
            }
        };
    }

    /** Exact {@code (x, v)} of {@link #oscillator(double)}. */
    public static double[] oscillatorExact(double w, double x0, double v0, double t) {
        return new double[] {x0 * Math.cos(w * t) + v0 / w * Math.sin(w * t),
            -x0 * w * Math.sin(w * t) + v0 * Math.cos(w * t)};
    }

    /** Linear system {@code y' = A y} with A given row-major (n x n). */
    public static OdeSystem linear(double[][] a) {
        int n = a.length;
        return new OdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivative(double t, double[] y, double[] yDot) {
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < n; j++) {
                        s += a[i][j] * y[j];
                    }
                    yDot[i] = s;
                }
            }
        };
    }

    /** {@code y' = y^2}, {@code y(t) = y0 / (1 - y0 t)}: blows up at {@code t = 1/y0}. */
    public static OdeSystem blowUp() {
        return new OdeSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivative(double t, double[] y, double[] yDot) {
                yDot[0] = y[0] * y[0];
            }
        };
    }
}
