package org.neurotheory.gridcells.experiments;

import java.util.Arrays;
import java.util.Locale;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.theory.ModuleOrientation;

/**
 * Fig. 17D of the paper: the overlap of three hexagonal modules as a function of the second and
 * third modules' angles relative to the first ({@link ModuleOrientation#tripleOverlap}), as a heat
 * map and its logarithm. Aligned modules overlap most; the least overlap puts the three modules at
 * three different small angles with equal successive offsets (the paper: 4 and 8 degrees).
 */
public final class Fig17dThreeModules extends TheoryFigure<Fig17dThreeModules.Params> {

    /**
     * @param spacing    grid spacing nu
     * @param fieldWidth field width mu
     * @param repulsion  s
     * @param bins       angular bins over 360 degrees
     */
    public record Params(double spacing, double fieldWidth, double repulsion, int bins) {
        public Params {
            Require.positive("spacing", spacing);
            Require.positive("fieldWidth", fieldWidth);
            Require.positive("repulsion", repulsion);
            Require.that(bins % 12 == 0 && bins >= 72, "bins", bins, "must be a multiple of 12, >= 72");
        }

        /** Fig. 5D's module with the most frequencies (spacing/width 20) at 1-degree bins. */
        public static Params quick() {
            return new Params(2, 0.1, 0.5, 360);
        }

        /** The same module at half-degree bins. */
        public static Params paper() {
            return new Params(2, 0.1, 0.5, 720);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig17dThreeModules() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig17d";
    }

    @Override
    public String title() {
        return "Fig. 17D: overlap of three modules against the angles of the second and third";
    }

    @Override
    void draw(Params p, FigureData data) {
        ModuleOrientation o = new ModuleOrientation(p.spacing(), p.fieldWidth(), p.repulsion(), p.bins());
        int n = p.bins() / 6;
        double step = 360.0 / p.bins();
        double[] x = new double[n * n];
        double[] y = new double[n * n];
        double[] v = new double[n * n];
        double[] lv = new double[n * n];
        int bestA = 0;
        int bestB = 0;
        double max = Double.NEGATIVE_INFINITY;
        double asym = 0;
        double periodic = 0;
        for (int b = 0; b < n; b++) {
            for (int a = 0; a < n; a++) {
                int i = b * n + a;
                x[i] = Math.round(a * step * 100) / 100.0;
                y[i] = Math.round(b * step * 100) / 100.0;
                v[i] = o.tripleOverlap(a, b);
                lv[i] = Math.log(v[i]);
                max = Math.max(max, (a == 0 && b == 0) ? Double.NEGATIVE_INFINITY : v[i]);
                asym = Math.max(asym, Math.abs(v[i] - o.tripleOverlap(b, a)));
                periodic = Math.max(periodic, Math.abs(v[i] - o.tripleOverlap(a + n, b)));
                if (v[i] < v[bestB * n + bestA]) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        data.panel("three-module overlap", "angle of module 2 (degrees)", "angle of module 3 (degrees)").heatmap()
                .grid("overlap / aligned", x, y, v);
        data.panel("log three-module overlap", "angle of module 2 (degrees)", "angle of module 3 (degrees)").heatmap()
                .grid("log overlap", x, y, lv);
        double a1 = Math.min(bestA, bestB) * step;
        double a2 = Math.max(bestA, bestB) * step;
        // on the 60-degree circle the three angles 0, a1, a2 leave three gaps; the largest is outside the
        // group, the other two are the successive offsets between neighbouring modules
        double[] gaps = {a1, a2 - a1, 60 - a2};
        Arrays.sort(gaps);
        data.note(String.format(Locale.ROOT, "Least overlap at (%.1f, %.1f) degrees: successive offsets %.1f and %.1f degrees"
                + " (paper: about 4 and 4, i.e. modules at 4 and 8 degrees); two modules of the same kind overlap least at"
                + " %.1f degrees (Fig. 5D).", a1, a2, gaps[0], gaps[1], o.leastOverlapDegrees()));
        data.check(Check.holds("aligned modules (0, 0) overlap most", max < 1));
        // exact symmetries of the construction: swapping modules 2 and 3, and the hexagon's 60-degree period
        data.check(Check.atMost("max |O(a, b) - O(b, a)|", 1e-12, asym, 0));
        data.check(Check.atMost("max |O(a + 60, b) - O(a, b)|", 1e-9, periodic, 0));
        data.check(Check.holds(String.format(Locale.ROOT,
                "least overlap puts the three modules at three different angles (%.1f, %.1f)", a1, a2), a1 > 0 && a2 > a1));
        // the paper's three-module result: equal successive offsets (4 and 8 degrees); each gap is a difference
        // of two angles on the bin grid, so two gaps can differ by up to two bins from discretisation alone
        data.check(Check.absolute("equal successive offsets between the three modules (degrees)", gaps[0], gaps[1], 2 * step));
    }
}
