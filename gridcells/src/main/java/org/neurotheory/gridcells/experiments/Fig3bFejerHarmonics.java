package org.neurotheory.gridcells.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.gridcells.theory.FejerFamily;

/**
 * Fig. 3B of the paper: a single sinusoid needs an offset as large as its amplitude to stay
 * non-negative; adding phase-aligned harmonics (the Fejer family) lowers the share of the
 * mean-square budget spent on the offset and turns the tuning curve into a periodic bump.
 * Left: unit-mean-square curves for D = 1..4 harmonics; right: offset share {@code a_0^2} against D.
 */
public final class Fig3bFejerHarmonics extends TheoryFigure<Fig3bFejerHarmonics.Params> {

    /** @param maxHarmonics largest D on the right panel; @param points samples per curve */
    public record Params(int maxHarmonics, int points) {
        public Params {
            Require.inRange("maxHarmonics", maxHarmonics, 4, 200);
            Require.that(points >= 64, "points", points, "must be >= 64");
        }

        public static Params quick() {
            return new Params(20, 720);
        }

        public static Params paper() {
            return new Params(50, 3600);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig3bFejerHarmonics() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig3b";
    }

    @Override
    public String title() {
        return "Fig. 3B: harmonics make non-negative tuning cheaper (Fejer family)";
    }

    @Override
    void draw(Params p, FigureData data) {
        Panel curves = data.panel("tuning curves", "theta (rad)", "rate (unit mean square)").angleX();
        double[] t = new double[p.points() + 1];
        for (int i = 0; i <= p.points(); i++) {
            t[i] = -Math.PI + 2 * Math.PI * i / p.points();
        }
        for (int d = 1; d <= 4; d++) {
            double[] y = new double[t.length];
            double min = Double.POSITIVE_INFINITY;
            double ms = 0;
            for (int i = 0; i < t.length; i++) {
                y[i] = FejerFamily.unitMeanSquare(d, t[i]);
                min = Math.min(min, y[i]);
                if (i < p.points()) {
                    ms += y[i] * y[i] / p.points();
                }
            }
            curves.line("D = " + d, t, y);
            // the grid has 2 pi j/(D+1) on it only when (D+1) divides points; the sampled minimum is within a quadratic error
            data.check(Check.absolute("min of the D = " + d + " curve (non-negative, touches 0)", 0, min, 1e-3));
            // trapezoid rule on a periodic trigonometric polynomial is exact
            data.check(Check.absolute("mean square of the D = " + d + " curve", 1, ms, 1e-12));
        }
        double[] ds = new double[p.maxHarmonics()];
        double[] frac = new double[ds.length];
        for (int d = 1; d <= ds.length; d++) {
            ds[d - 1] = d;
            frac[d - 1] = FejerFamily.constantFraction(d);
        }
        data.panel("offset share", "harmonics D", "a_0^2 (share of budget on the constant)").logX().logY()
                .line("Fejer family", ds, frac);
        data.check(Check.absolute("a_0^2 for one frequency (2/3)", 2.0 / 3, frac[0], 1e-12));
        data.check(Check.holds("offset share falls with every added harmonic", decreasing(frac)));
    }

    private static boolean decreasing(double[] v) {
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] < v[i - 1])) {
                return false;
            }
        }
        return true;
    }
}
