package org.neurotheory.gridcells.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.gridcells.model.ActionableCode;

/**
 * Frequency content of a code (paper Fig. 3C-D, 4B): power {@code P_d = ||a_d||^2 + ||b_d||^2}
 * of each frequency, optionally restricted to a subset of neurons (one module). A real code's
 * spectrum is symmetric, so plots show every k_d and -k_d.
 */
public final class FrequencySpectrum {
    private FrequencySpectrum() {
    }

    /** One frequency and its power. */
    public record Component(double[] k, double power) {
        /** |k|. */
        public double magnitude() {
            return CodeStatistics.norm(k);
        }
    }

    /** Power of frequency d summed over {@code neurons}. */
    public static double power(ActionableCode code, int d, int[] neurons) {
        int b = code.basisSize();
        double[] w = code.weights();
        double s = 0;
        for (int n : neurons) {
            double a = w[n * b + 2 * d + 1];
            double c = w[n * b + 2 * d + 2];
            s += a * a + c * c;
        }
        return s;
    }

    /** Components by decreasing power over {@code neurons}. */
    public static List<Component> components(ActionableCode code, int[] neurons) {
        Require.that(neurons.length > 0, "neurons.length", neurons.length, "must be > 0");
        List<Component> out = new ArrayList<>();
        for (int d = 0; d < code.frequencies(); d++) {
            out.add(new Component(code.frequency(d), power(code, d, neurons)));
        }
        out.sort(Comparator.comparingDouble(Component::power).reversed());
        return out;
    }

    /** The smallest set of strongest components holding at least {@code share} of the non-constant power. */
    public static List<Component> dominant(ActionableCode code, int[] neurons, double share) {
        Require.probability("share", share);
        return strongest(components(code, neurons), share);
    }

    /** The smallest prefix of {@code sorted} (strongest first) holding at least {@code share} of its power. */
    public static List<Component> strongest(List<Component> all, double share) {
        Require.probability("share", share);
        double total = all.stream().mapToDouble(Component::power).sum();
        List<Component> out = new ArrayList<>();
        double acc = 0;
        for (Component c : all) {
            if (acc >= share * total) {
                break;
            }
            out.add(c);
            acc += c.power;
        }
        return out;
    }

    /**
     * Merges components closer than {@code radius} (k and -k are the same frequency of a real code):
     * learned frequencies often split one lattice frequency between several nearby copies, each
     * carrying part of its power; over a room of size L two frequencies closer than about 1/L act as
     * one (Appendix D.2). Greedy in order of decreasing power: each component joins the first
     * merged frequency within {@code radius} of k or -k (sign-aligned); a merged frequency is the
     * power-weighted mean of its members and carries their summed power. Returned strongest first.
     */
    public static List<Component> merged(List<Component> all, double radius) {
        Require.positive("radius", radius);
        List<Component> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(Component::power).reversed());
        List<double[]> sums = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        List<Double> powers = new ArrayList<>();
        for (Component c : sorted) {
            double[] k = c.k();
            int join = -1;
            double sign = 1;
            for (int i = 0; i < centres.size() && join < 0; i++) {
                if (distance(k, centres.get(i), 1) < radius) {
                    join = i;
                } else if (distance(k, centres.get(i), -1) < radius) {
                    join = i;
                    sign = -1;
                }
            }
            if (join < 0) {
                sums.add(new double[k.length]);
                centres.add(k.clone());
                powers.add(0.0);
                join = sums.size() - 1;
            }
            double[] sum = sums.get(join);
            double p = powers.get(join) + c.power();
            double[] centre = centres.get(join);
            for (int j = 0; j < k.length; j++) {
                sum[j] += sign * c.power() * k[j];
                centre[j] = p > 0 ? sum[j] / p : centre[j];
            }
            powers.set(join, p);
        }
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            out.add(new Component(centres.get(i), powers.get(i)));
        }
        out.sort(Comparator.comparingDouble(Component::power).reversed());
        return out;
    }

    private static double distance(double[] a, double[] b, double sign) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - sign * b[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** All neuron indices of a code. */
    public static int[] all(ActionableCode code) {
        int[] out = new int[code.neurons()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }
}
