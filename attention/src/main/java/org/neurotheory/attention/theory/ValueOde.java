package org.neurotheory.attention.theory;

import org.neurotheory.core.Require;

/**
 * The scalar ODE of a head learning eigenvector {@code e_m} of Lambda under the ansatz (20),
 * paper Eq. (21) {@code tau dv/dt = lambda^2 v^2 - lambda^3 A v^5}, in the official code's units
 * (paper Eqs. 20-21): {@code dv/dk = 2 eta (N lambda^2 v^2 - N^2 lambda^3 A v^5)} with
 * {@code A = 1 + (1 + tr Lambda / lambda)/N} and fixed point {@code v_inf = (N lambda A)^{-1/3}}.
 * Solved in closed form: with {@code x = v / v_inf},
 * <pre>F(x) = -1/x - ln(1 - x)/3 + ln(x^2 + x + 1)/6 - atan((2x + 1)/sqrt 3)/sqrt 3,
 * F(x(k)) - F(x(0)) = 2 eta N lambda^2 v_inf k .</pre>
 *
 * @param eigenvalue    lambda
 * @param traceLambda   tr Lambda
 * @param contextLength N
 * @param learningRate  eta
 */
public record ValueOde(double eigenvalue, double traceLambda, int contextLength, double learningRate) {
    public ValueOde {
        Require.positive("eigenvalue", eigenvalue);
        Require.positive("traceLambda", traceLambda);
        Require.positive("contextLength", contextLength);
        Require.positive("learningRate", learningRate);
    }

    private double shrinkage() {
        return 1 + (1 + traceLambda / eigenvalue) / contextLength;
    }

    /** {@code v_inf = (N lambda A)^{-1/3}} (code units). */
    public double fixedPoint() {
        return Math.cbrt(1 / (contextLength * eigenvalue * shrinkage()));
    }

    /** Right-hand side {@code dv/dk}. */
    public double rate(double v) {
        double n = contextLength;
        double l = eigenvalue;
        return 2 * learningRate * (n * l * l * v * v - n * n * l * l * l * shrinkage() * Math.pow(v, 5));
    }

    /** The antiderivative {@code F(x) = integral dx / (x^2 (1 - x^3))}, 0 < x < 1. */
    public static double potential(double x) {
        Require.openRange("x", x, 0, 1);
        double s3 = Math.sqrt(3);
        return -1 / x - Math.log1p(-x) / 3 + Math.log(x * x + x + 1) / 6 - Math.atan((2 * x + 1) / s3) / s3;
    }

    /** Steps per unit of F: {@code 1 / (2 eta N lambda^2 v_inf)}. */
    private double stepsPerUnit() {
        return 1 / (2 * learningRate * contextLength * eigenvalue * eigenvalue * fixedPoint());
    }

    /** {@code v(k)} from {@code v(0) = v0} with {@code 0 < v0 < v_inf} (closed form, inverted by bisection). */
    public double value(double v0, double step) {
        double vInf = fixedPoint();
        Require.openRange("v0", v0, 0, vInf);
        return vInf * inversePotential(potential(v0 / vInf) + step / stepsPerUnit());
    }

    /**
     * The solution that crosses {@code v_inf / 2} at step {@code halfStep} (how Fig. 3b's theory curves
     * are aligned with a simulated head), evaluated at {@code step}.
     */
    public double aligned(double step, double halfStep) {
        return fixedPoint() * inversePotential(potential(0.5) + (step - halfStep) / stepsPerUnit());
    }

    /** x in (0, 1) with {@code F(x) = target} (F increases from -infinity to +infinity). */
    private static double inversePotential(double target) {
        double lo = 0;
        double hi = 1;
        for (int it = 0; it < 64; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (potential(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Steps for v to go from {@code v0} to {@code v1} ({@code 0 < v0 < v1 < v_inf}). */
    public double stepsBetween(double v0, double v1) {
        double vInf = fixedPoint();
        Require.openRange("v0", v0, 0, vInf);
        Require.openRange("v1", v1, v0, vInf);
        return (potential(v1 / vInf) - potential(v0 / vInf)) * stepsPerUnit();
    }
}
