package org.neurotheory.gridcells.analysis;

import org.neurotheory.core.Require;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.IrrepBasis;

/**
 * Exact rate maps of a planar code: {@code g_n(x) = W r(x)} evaluated at the centres of an
 * {@code bins x bins} grid over {@code [-extent, extent]^2} (Section 4.0: the code is an explicit
 * function, so no binning of trajectories is needed). Values are row-major, {@code [iy * bins + ix]}.
 *
 * @param bins   bins per side
 * @param extent half-width of the window
 * @param maps   one map per neuron
 */
public record RateMap(int bins, double extent, double[][] maps) {
    public RateMap {
        Require.positive("bins", bins);
        Require.positive("extent", extent);
        Require.nonNull("maps", maps);
    }

    /** Evaluates every neuron of a planar code on the grid. */
    public static RateMap of(ActionableCode code, int bins, double extent) {
        Require.that(code.dim() == 2, "code.dim", code.dim(), "must be 2 (rate maps are planar)");
        Require.that(bins >= 4, "bins", bins, "must be >= 4");
        Require.positive("extent", extent);
        int n = code.neurons();
        int b = code.basisSize();
        double[] w = code.weights();
        double[] k = code.frequencyVectors();
        double[][] maps = new double[n][bins * bins];
        double[] r = new double[b];
        double[] x = new double[2];
        for (int iy = 0; iy < bins; iy++) {
            for (int ix = 0; ix < bins; ix++) {
                x[0] = coordinate(ix, bins, extent);
                x[1] = coordinate(iy, bins, extent);
                IrrepBasis.at(k, 2, x, r);
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < b; j++) {
                        s += w[i * b + j] * r[j];
                    }
                    maps[i][iy * bins + ix] = s;
                }
            }
        }
        return new RateMap(bins, extent, maps);
    }

    /** Centre of bin i. */
    public static double coordinate(int i, int bins, double extent) {
        return -extent + (i + 0.5) * 2 * extent / bins;
    }

    /** Number of neurons. */
    public int neurons() {
        return maps.length;
    }

    /** Map of neuron n (not a copy). */
    public double[] map(int n) {
        return maps[n];
    }
}
