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

    /** All neuron indices of a code. */
    public static int[] all(ActionableCode code) {
        int[] out = new int[code.neurons()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }
}
