package org.neurotheory.popcodes.model;

import org.neurotheory.core.Require;

/**
 * A bank of von Mises tuning curves for an angular stimulus s (§2.1, §4.1):
 * {@code f_i(s) = b_i + A_i exp(kappa_i (cos(s - phi_i) - 1))} and its derivative
 * {@code f'_i(s) = -A_i kappa_i sin(s - phi_i) exp(kappa_i (cos(s - phi_i) - 1))}, the signal
 * direction of the population.
 */
public final class TuningCurves {
    private final double[] preferred;
    private final double[] amplitude;
    private final double[] concentration;
    private final double[] baseline;

    /**
     * @param preferred     preferred stimuli phi_i (radians, finite)
     * @param amplitude     peak heights A_i above baseline, {@code > 0}
     * @param concentration widths kappa_i, {@code > 0}
     * @param baseline      baselines b_i, {@code >= 0}
     */
    public TuningCurves(double[] preferred, double[] amplitude, double[] concentration, double[] baseline) {
        Require.allFinite("preferred", preferred);
        Require.that(preferred.length > 0, "preferred.length", preferred.length, "must be > 0");
        int n = preferred.length;
        Require.length("amplitude", amplitude, n);
        Require.length("concentration", concentration, n);
        Require.length("baseline", baseline, n);
        for (int i = 0; i < n; i++) {
            Require.positive("amplitude[" + i + "]", amplitude[i]);
            Require.positive("concentration[" + i + "]", concentration[i]);
            Require.nonNegative("baseline[" + i + "]", baseline[i]);
        }
        this.preferred = preferred.clone();
        this.amplitude = amplitude.clone();
        this.concentration = concentration.clone();
        this.baseline = baseline.clone();
    }

    /**
     * The reference deterministic heterogeneous bank (§4.1, reconstructed): {@code phi_i = 2 pi i/n},
     * {@code A_i = 5 + 10 (i mod 7)/6}, {@code kappa_i = 1 + 2 (i mod 5)/4},
     * {@code b_i = 0.5 + 1.5 (i mod 3)/2}. With n = 100 it is the population of Figs 2 and 7.
     */
    public static TuningCurves recipe(int n) {
        Require.positive("n", n);
        double[] phi = new double[n];
        double[] a = new double[n];
        double[] k = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            phi[i] = 2 * Math.PI * i / n;
            a[i] = 5 + 10.0 * (i % 7) / 6;
            k[i] = 1 + 2.0 * (i % 5) / 4;
            b[i] = 0.5 + 1.5 * (i % 3) / 2;
        }
        return new TuningCurves(phi, a, k, b);
    }

    /** Number of neurons. */
    public int size() {
        return preferred.length;
    }

    /** Preferred stimulus of neuron i. */
    public double preferred(int i) {
        return preferred[i];
    }

    /** Mean responses {@code f(s)} into {@code out} (length n), returned. */
    public double[] rates(double s, double[] out) {
        Require.length("out", out, size());
        for (int i = 0; i < out.length; i++) {
            out[i] = baseline[i] + amplitude[i] * Math.exp(concentration[i] * (Math.cos(s - preferred[i]) - 1));
        }
        return out;
    }

    /** Signal direction {@code f'(s)} into {@code out} (length n), returned. */
    public double[] derivative(double s, double[] out) {
        Require.length("out", out, size());
        for (int i = 0; i < out.length; i++) {
            double d = s - preferred[i];
            out[i] = -amplitude[i] * concentration[i] * Math.sin(d)
                    * Math.exp(concentration[i] * (Math.cos(d) - 1));
        }
        return out;
    }
}
