package org.neurotheory.gridcells.experiments;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.analysis.CodeStatistics;
import org.neurotheory.gridcells.analysis.GridScore;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;

/**
 * Fig. 2A of the paper: random actionable codes ({@code W ~ Normal(0, 1)}, k uniform in
 * {@code [0, 2)^2}, D = 12) are sums of plane waves without structure: not grids, and negative in
 * places. Checks that every shown map moves exactly under the group action
 * ({@code T(dx) g(x) = g(x + dx)}) although it is not a grid.
 */
public final class Fig2aRandomCodes extends PresetFigure<Fig2aRandomCodes.Params> {

    /** @param neurons N; @param frequencies D; @param shown maps drawn; @param bins rate-map bins per side */
    public record Params(int neurons, int frequencies, int shown, int bins) {
        public Params {
            Require.positive("neurons", neurons);
            Require.positive("frequencies", frequencies);
            Require.inRange("shown", shown, 1, neurons);
            Require.that(bins >= 16, "bins", bins, "must be >= 16");
        }

        public static Params quick() {
            return new Params(25, 12, 4, 40);
        }

        public static Params paper() {
            return new Params(25, 12, 4, 64);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig2aRandomCodes() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig2a";
    }

    @Override
    public String title() {
        return "Fig. 2A: random actionable codes are unstructured";
    }

    @Override
    void draw(Params p, long seed, FigureData data) {
        ActionableCode code = ActionableCode.random(p.neurons(), 2, p.frequencies(), 2, Seeds.stream(seed));
        RateMap maps = RateMap.of(code, p.bins(), 2 * Math.PI);
        int[] shown = new int[p.shown()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = i;
        }
        PlaneFigures.rateMaps(data, maps, shown, "");
        double[] g = new double[p.neurons()];
        int negative = 0;
        for (int n = 0; n < p.neurons(); n++) {
            g[n] = GridScore.of(maps.map(n), p.bins()).grid60();
            double min = Arrays.stream(maps.map(n)).min().orElse(0);
            negative += min < 0 ? 1 : 0;
        }
        double[] idx = new double[g.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i + 1;
        }
        data.panel("grid scores", "neuron", "grid60").markers("grid60", idx, g)
                .referenceLine("threshold 0.3", 1, g.length, 0.3);
        data.check(Check.atMost("median grid60 of random codes (no grids)", 0.3, CodeStatistics.median(g), 0));
        data.check(Check.atLeast("share of neurons with negative rates", 0.9, negative / (double) p.neurons(), 0));
        double[] x = {0.3, -1.2};
        double[] dx = {2.5, 0.7};
        double[] moved = mul(code.transition(dx), code.rates(x));
        double[] target = code.rates(x[0] + dx[0], x[1] + dx[1]);
        double err = 0;
        for (int i = 0; i < moved.length; i++) {
            err = Math.max(err, Math.abs(moved[i] - target[i]));
        }
        // pseudoinverse of a well-conditioned 25 x 25 Gaussian matrix: rounding ~1e-12
        data.check(Check.atMost("max |T(dx) g(x) - g(x + dx)| (actionable)", 0, err, 1e-8));
    }

    private static double[] mul(DMatrixRMaj t, double[] v) {
        double[] o = new double[t.numRows];
        for (int i = 0; i < t.numRows; i++) {
            for (int j = 0; j < t.numCols; j++) {
                o[i] += t.get(i, j) * v[j];
            }
        }
        return o;
    }
}
