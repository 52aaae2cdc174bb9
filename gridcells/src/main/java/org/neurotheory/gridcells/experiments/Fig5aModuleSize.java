package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.theory.ModuleSize;

/**
 * Fig. 5A of the paper, from its theory (Appendix J, {@link ModuleSize}): the field width relative
 * to the lattice spacing against the neurons a module needs. Exact counts of the lattice frequencies
 * above a fraction tau of the envelope against the continuum estimates: mu/nu falls as
 * {@code N^(-1/2)} for hexagonal modules in 2-D and as {@code N^(-1)} in 1-D, so adding neurons to
 * a module sharpens its fields.
 */
public final class Fig5aModuleSize extends TheoryFigure<Fig5aModuleSize.Params> {

    /**
     * @param threshold tau, the envelope fraction that counts a frequency
     * @param minRatio  smallest mu/nu
     * @param maxRatio  largest mu/nu
     * @param points    log-spaced ratios
     */
    public record Params(double threshold, double minRatio, double maxRatio, int points) {
        public Params {
            Require.openRange("threshold", threshold, 0, 1);
            Require.positive("minRatio", minRatio);
            Require.that(maxRatio > minRatio, "maxRatio", maxRatio, "must exceed minRatio = " + minRatio);
            Require.that(points >= 10, "points", points, "must be >= 10");
        }

        public static Params quick() {
            return new Params(0.1, 0.03, 0.3, 25);
        }

        public static Params paper() {
            return new Params(0.1, 0.02, 0.3, 60);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig5aModuleSize() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig5a";
    }

    @Override
    public String title() {
        return "Fig. 5A (theory, Appendix J): modules with more neurons have sharper fields";
    }

    @Override
    void draw(Params p, FigureData data) {
        int m = p.points();
        double[] ratio = new double[m];
        for (int i = 0; i < m; i++) {
            ratio[i] = p.minRatio() * Math.pow(p.maxRatio() / p.minRatio(), i / (double) (m - 1));
        }
        List<double[]> exact2 = new ArrayList<>();
        List<double[]> exact1 = new ArrayList<>();
        double[] n2 = new double[m];
        double[] n1 = new double[m];
        double worstLarge = 0;
        for (int i = 0; i < m; i++) {
            double r = ratio[i];
            int d2 = ModuleSize.frequencies2d(r, p.threshold());
            int d1 = ModuleSize.frequencies1d(r, p.threshold());
            double a2 = ModuleSize.approxFrequencies2d(r, p.threshold());
            n2[i] = 2 * a2 + 1;
            n1[i] = 2 * ModuleSize.approxFrequencies1d(r, p.threshold()) + 1;
            if (d2 > 0) {
                exact2.add(new double[] {2 * d2 + 1, r});
            }
            if (d1 > 0) {
                exact1.add(new double[] {2 * d1 + 1, r});
            }
            if (d2 >= 50) {
                worstLarge = Math.max(worstLarge, Math.abs(d2 / a2 - 1));
            }
        }
        data.panel("2-D hexagonal module", "neurons N = 2D + 1", "field width / spacing (mu / nu)").logX().logY()
                .theory("continuum (nu/mu)^2 law", "2-D", n2, ratio)
                .simulation("lattice count", "2-D", column(exact2, 0), column(exact2, 1));
        data.panel("1-D module", "neurons N = 2D + 1", "field width / spacing (mu / nu)").logX().logY()
                .theory("continuum nu/mu law", "1-D", n1, ratio)
                .simulation("lattice count", "1-D", column(exact1, 0), column(exact1, 1));
        // Gauss circle problem: lattice points in a disc deviate from area / cell by O(R^(2/3)), relative D^(-2/3) ~ 0.07 at D = 50
        data.check(Check.atMost("2-D: |exact / continuum - 1| for modules of D >= 50 frequencies", 0.1, worstLarge, 0));
        // slopes fitted over the exact counts; the step-like counts scatter about the law by a few percent in log
        data.check(Check.absolute("2-D: log-log slope of mu/nu against N", -0.5, logLogSlope(column(exact2, 0), column(exact2, 1)), 0.05));
        data.check(Check.absolute("1-D: log-log slope of mu/nu against N", -1, logLogSlope(column(exact1, 0), column(exact1, 1)), 0.1));
    }

    /** Column {@code c} of the rows. */
    static double[] column(List<double[]> rows, int c) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[c];
        }
        return out;
    }

    /** Least-squares slope of log y against log x (the exponent of a power law y ~ x^slope). */
    static double logLogSlope(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double a = Math.log(x[i]);
            double b = Math.log(y[i]);
            sx += a;
            sy += b;
            sxx += a * a;
            sxy += a * b;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
