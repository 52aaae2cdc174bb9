package org.neurotheory.gridcells.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.gridcells.model.ActionableCode;

/**
 * Groups neurons into modules by the frequencies they use (the paper groups them by eye):
 * per neuron the power profile {@code p_nd = W[n, 2d-1]^2 + W[n, 2d]^2}, rows normalised,
 * similarity {@code S = p^ p^T}; modules are the connected components of {@code S > threshold}
 * (0.5 by default; 0.7 also splits off weak "offset" neurons). Components are returned largest
 * first; a singleton is a stray neuron.
 */
public final class ModuleAssignment {
    private ModuleAssignment() {
    }

    /** Modules at the default threshold 0.5. */
    public static List<int[]> modules(ActionableCode code) {
        return modules(code, 0.5);
    }

    /** Modules: lists of neuron indices, largest first. */
    public static List<int[]> modules(ActionableCode code, double threshold) {
        Require.openRange("threshold", threshold, 0, 1);
        int n = code.neurons();
        int d = code.frequencies();
        int b = code.basisSize();
        double[] w = code.weights();
        double[][] p = new double[n][d];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int f = 0; f < d; f++) {
                double a = w[i * b + 2 * f + 1];
                double c = w[i * b + 2 * f + 2];
                p[i][f] = a * a + c * c;
                s += p[i][f] * p[i][f];
            }
            double inv = s > 0 ? 1 / Math.sqrt(s) : 0;
            for (int f = 0; f < d; f++) {
                p[i][f] *= inv;
            }
        }
        int[] label = new int[n];
        Arrays.fill(label, -1);
        List<List<Integer>> comps = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (label[start] >= 0) {
                continue;
            }
            List<Integer> comp = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            label[start] = comps.size();
            while (!queue.isEmpty()) {
                int i = queue.poll();
                comp.add(i);
                for (int j = 0; j < n; j++) {
                    if (label[j] < 0) {
                        double s = 0;
                        for (int f = 0; f < d; f++) {
                            s += p[i][f] * p[j][f];
                        }
                        if (s > threshold) {
                            label[j] = comps.size();
                            queue.add(j);
                        }
                    }
                }
            }
            comps.add(comp);
        }
        comps.sort((a, c) -> Integer.compare(c.size(), a.size()));
        List<int[]> out = new ArrayList<>();
        for (List<Integer> c : comps) {
            out.add(c.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return out;
    }

    /** Number of modules with at least {@code minSize} neurons. */
    public static int count(List<int[]> modules, int minSize) {
        return (int) modules.stream().filter(m -> m.length >= minSize).count();
    }
}
