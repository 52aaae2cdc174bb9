package org.neurotheory.gridcells.analysis;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;

/**
 * Grid spacing read off a spatial autocorrelogram, the way it is measured in recordings: the
 * local maxima of the SAC (3 x 3 neighbourhood, positive correlation, the zero lag excluded),
 * the six nearest to the centre, their median distance. For a hexagonal lattice of fields this is
 * the field spacing {@code nu}; Section 3.2 of the paper relates it to the lattice's shortest
 * frequency, {@code nu = 4 pi / (sqrt(3) |k|)} ({@link org.neurotheory.gridcells.theory.LatticePacking#hexagonalSpacing}).
 */
public final class GridSpacing {
    /** How many nearest peaks the median runs over (the first ring of a hexagonal SAC). */
    public static final int RING = 6;

    private GridSpacing() {
    }

    /**
     * The spacing of the fields of an {@code n x n} map whose SAC ({@link Autocorrelogram#of}) is
     * {@code sac}, in units of {@code step} (the map's bin width); NaN when the SAC has no
     * off-centre peak.
     */
    public static double of(double[] sac, int n, double step) {
        Require.positive("n", n);
        Require.length("sac", sac, (2 * n - 1) * (2 * n - 1));
        Require.positive("step", step);
        int s = 2 * n - 1;
        int c = n - 1;
        List<Double> radii = new ArrayList<>();
        for (int y = 1; y < s - 1; y++) {
            for (int x = 1; x < s - 1; x++) {
                double v = sac[y * s + x];
                if ((x == c && y == c) || v <= 0) {
                    continue;
                }
                boolean peak = true;
                for (int dy = -1; dy <= 1 && peak; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && sac[(y + dy) * s + x + dx] > v) {
                            peak = false;
                            break;
                        }
                    }
                }
                if (peak) {
                    radii.add(Math.hypot(x - c, y - c));
                }
            }
        }
        if (radii.isEmpty()) {
            return Double.NaN;
        }
        radii.sort(null);
        int m = Math.min(RING, radii.size());
        double[] nearest = new double[m];
        for (int i = 0; i < m; i++) {
            nearest[i] = radii.get(i);
        }
        return CodeStatistics.median(nearest) * step;
    }
}
