package org.neurotheory.gridcells.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;

/**
 * Width of the firing fields of a rate map, the mu of the paper's Appendix J (a module's tuning
 * curve as a lattice of Gaussian fields {@code exp(-|x|^2 / (2 mu^2))}, {@link
 * org.neurotheory.gridcells.theory.ModuleSize}).
 *
 * <p>Definition. Let {@code b} be the map's minimum over the window. A <em>field</em> is a local
 * maximum (3 x 3 neighbourhood) of height {@code p} at least halfway from {@code b} to the map's
 * maximum (weaker bumps between fields are not fields). Its half-maximum region is the set of
 * bins, 4-connected to the peak, with rate {@code >= (b + p) / 2}; fields are taken from the
 * highest down, and a peak inside a region already taken is not a new field. A field whose region
 * touches the window's border is cut by the window and not measured. A region of area {@code A}
 * (bins times bin area) has the radius {@code r = sqrt(A / pi)} of a disc of the same area; for a
 * Gaussian field on a flat baseline {@code r = mu sqrt(2 ln 2)}, so the field's width is
 * {@code mu = r / sqrt(2 ln 2)} (its full width at half maximum is {@code 2 r}). The width of a
 * map is the median over its measured fields, NaN when none lies inside the window. Where fields
 * overlap (mu/nu above about 0.2 on a hexagonal lattice) the neighbours' tails lift the map's
 * floor and the width is that of the field above the floor, a few per cent below the Gaussian's
 * mu (6 % at mu/nu = 0.22). Band-like maps, whose half-maximum regions run across the window,
 * have no measurable field.
 */
public final class FieldWidth {
    /** {@code sqrt(2 ln 2)}: the half-maximum radius of a Gaussian of unit standard deviation. */
    public static final double HALF_MAX_RADIUS = Math.sqrt(2 * Math.log(2));

    private FieldWidth() {
    }

    /** Median field width mu of neuron {@code neuron}'s map in {@code maps}, in the map's units. */
    public static double of(RateMap maps, int neuron) {
        Require.inRange("neuron", neuron, 0, maps.neurons() - 1);
        double step = 2 * maps.extent() / maps.bins();
        return of(maps.map(neuron), maps.bins(), step);
    }

    /**
     * Median field width mu of an {@code n x n} row-major map with bins of side {@code step}
     * (see the class comment); NaN when no field's half-maximum region lies inside the map.
     */
    public static double of(double[] map, int n, double step) {
        double[] radii = halfMaxRadii(map, n, step);
        return radii.length == 0 ? Double.NaN : CodeStatistics.median(radii) / HALF_MAX_RADIUS;
    }

    /** Half-maximum radius {@code r = sqrt(A / pi)} of every field inside the map, highest field first. */
    public static double[] halfMaxRadii(double[] map, int n, double step) {
        Require.that(n >= 3, "n", n, "must be >= 3");
        Require.length("map", map, n * n);
        Require.allFinite("map", map);
        Require.positive("step", step);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : map) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        List<Integer> peaks = new ArrayList<>();
        for (int y = 1; y < n - 1; y++) {
            for (int x = 1; x < n - 1; x++) {
                double v = map[y * n + x];
                if (v >= (lo + hi) / 2 && v > lo && isPeak(map, n, x, y)) {
                    peaks.add(y * n + x);
                }
            }
        }
        peaks.sort((a, b) -> Double.compare(map[b], map[a]));
        boolean[] taken = new boolean[n * n];
        List<Double> radii = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int peak : peaks) {
            if (taken[peak]) {
                continue;
            }
            double level = (lo + map[peak]) / 2;
            int area = 0;
            boolean border = false;
            queue.add(peak);
            taken[peak] = true;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                area++;
                int x = i % n;
                int y = i / n;
                border |= x == 0 || y == 0 || x == n - 1 || y == n - 1;
                int[] next = {x > 0 ? i - 1 : -1, x < n - 1 ? i + 1 : -1, y > 0 ? i - n : -1, y < n - 1 ? i + n : -1};
                for (int j : next) {
                    if (j >= 0 && !taken[j] && map[j] >= level) {
                        taken[j] = true;
                        queue.add(j);
                    }
                }
            }
            if (!border) {
                radii.add(Math.sqrt(area * step * step / Math.PI));
            }
        }
        return radii.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isPeak(double[] map, int n, int x, int y) {
        double v = map[y * n + x];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx != 0 || dy != 0) && map[(y + dy) * n + x + dx] > v) {
                    return false;
                }
            }
        }
        return true;
    }
}
