package org.neurotheory.gridcells.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.theory.ModuleOrientation;

/**
 * Fig. 5D (and 17B-C) of the paper: the frequency overlap of two hexagonal modules against their
 * relative angle. Aligned modules (0 and 60 degrees) overlap most; the least overlap sits at a small
 * non-zero angle that shrinks as modules carry more frequencies (larger spacing / field width).
 * The paper reports about 4 degrees; its field width and repulsion width are not given, so the
 * angle here (same method) is larger; the docs page says why.
 */
public final class Fig5dModuleOverlap extends TheoryFigure<Fig5dModuleOverlap.Params> {

    /**
     * @param spacing    grid spacing nu
     * @param fieldWidths field widths mu, one curve each (smaller mu: more frequencies)
     * @param repulsion  s
     * @param bins       angular bins over 360 degrees
     */
    public record Params(double spacing, double[] fieldWidths, double repulsion, int bins) {
        public Params {
            Require.positive("spacing", spacing);
            Require.that(fieldWidths != null && fieldWidths.length > 0, "fieldWidths", fieldWidths, "must be non-empty");
            Require.positive("repulsion", repulsion);
            Require.that(bins % 12 == 0 && bins >= 72, "bins", bins, "must be a multiple of 12, >= 72");
        }

        public static Params quick() {
            return new Params(2, new double[] {0.2, 0.1}, 0.5, 360);
        }

        public static Params paper() {
            return new Params(2, new double[] {0.2, 0.13, 0.1}, 0.5, 1440);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig5dModuleOverlap() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig5d";
    }

    @Override
    public String title() {
        return "Fig. 5D: overlap of two modules against their relative angle";
    }

    @Override
    void draw(Params p, FigureData data) {
        var panel = data.panel("overlap", "relative angle (degrees)", "overlap O / O(0)");
        var density = data.panel("angular density", "angle psi (degrees)", "rho(psi)");
        double prevAngle = Double.POSITIVE_INFINITY;
        boolean shrinking = true;
        for (double mu : p.fieldWidths()) {
            ModuleOrientation o = new ModuleOrientation(p.spacing(), mu, p.repulsion(), p.bins());
            int n = p.bins() / 6 + 1;
            double[] a = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = 360.0 * i / p.bins();
                v[i] = o.overlap(i);
            }
            String name = "spacing/width " + Math.round(p.spacing() / mu);
            panel.line(name, a, v);
            double[] psi = new double[p.bins() / 6 + 1];
            double[] rho = new double[psi.length];
            for (int i = 0; i < psi.length; i++) {
                psi[i] = 360.0 * i / p.bins();
                rho[i] = o.density(i);
            }
            density.line(name, psi, rho);
            double least = o.leastOverlapDegrees();
            data.check(Check.holds(name + ": aligned modules overlap most", v[0] > max(v, 1, n - 1)));
            data.check(Check.absolute(name + ": overlap at 60 degrees equals aligned (hexagonal symmetry)", v[0], v[n - 1], 1e-9));
            data.check(Check.holds(name + ": least overlap at a non-zero angle below 30 degrees (" + least + ")",
                    least > 0 && least < 30));
            shrinking &= least <= prevAngle;
            prevAngle = least;
        }
        data.check(Check.holds("least-overlap angle does not grow as modules carry more frequencies", shrinking));
    }

    private static double max(double[] v, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.max(m, v[i]);
        }
        return m;
    }
}
