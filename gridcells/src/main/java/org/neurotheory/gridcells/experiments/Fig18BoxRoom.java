package org.neurotheory.gridcells.experiments;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.theory.RoomGeometry;

/**
 * Fig. 18B-C of the paper: a 1-D box of width L. With positions uniform in the box,
 * {@code E cos(c (x - x')) = Phi(c) = sinc^2(c L / 2)} (Appendix L), so the expansion of the loss
 * (Appendix E) has the first-order penalty {@code Phi(k)} on each frequency (zeros at
 * {@code k = 2 pi n / L} on top of a high-frequency bias) and the second-order interaction
 * {@code Phi(k - k') + Phi(k + k')} between two frequencies: they repel within about 1/L, and the
 * repulsion vanishes where both k - k' and k + k' are non-zero multiples of 2 pi / L. Closed forms
 * against Monte Carlo over pairs of positions.
 */
public final class Fig18BoxRoom extends PresetFigure<Fig18BoxRoom.Params> {

    /**
     * @param width  L
     * @param kMax   largest frequency shown, in units of 2 pi / L
     * @param points frequencies of the Monte Carlo estimates
     * @param pairs  position pairs per estimate
     * @param grid   heat-map cells per side
     */
    public record Params(double width, double kMax, int points, int pairs, int grid) {
        public Params {
            Require.positive("width", width);
            Require.positive("kMax", kMax);
            Require.that(points >= 5, "points", points, "must be >= 5");
            Require.that(pairs >= 100, "pairs", pairs, "must be >= 100");
            Require.that(grid >= 20, "grid", grid, "must be >= 20");
        }

        public static Params quick() {
            return new Params(1, 4, 25, 20000, 80);
        }

        public static Params paper() {
            return new Params(1, 4, 49, 200000, 160);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig18BoxRoom() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig18";
    }

    @Override
    public String title() {
        return "Fig. 18B-C: a 1-D box: first-order frequency penalty and second-order interaction";
    }

    @Override
    void draw(Params p, long seed, FigureData data) {
        double l = p.width();
        double unit = 2 * Math.PI / l;
        int fine = 400;
        double[] k = new double[fine + 1];
        double[] phi = new double[fine + 1];
        for (int i = 0; i <= fine; i++) {
            k[i] = p.kMax() * i / fine;
            phi[i] = RoomGeometry.box(k[i] * unit, l);
        }
        SplittableRandom rng = Seeds.stream(seed);
        double[] km = new double[p.points()];
        double[] mc = new double[p.points()];
        double worstZ = 0;
        for (int i = 0; i < p.points(); i++) {
            km[i] = p.kMax() * (i + 0.5) / p.points();
            double[] est = pairMean(km[i] * unit, 0, l, p.pairs(), rng);
            mc[i] = est[0];
            worstZ = Math.max(worstZ, Math.abs(est[0] - RoomGeometry.box(km[i] * unit, l)) / est[1]);
        }
        data.panel("first-order penalty", "k (units of 2 pi / L)", "Phi(k) = E cos(k (x - x'))")
                .theory("sinc^2(k L / 2)", "box", k, phi)
                .simulation("Monte Carlo", "box", km, mc);
        int g = p.grid();
        double[] x = new double[g * g];
        double[] y = new double[g * g];
        double[] v = new double[g * g];
        for (int b = 0; b < g; b++) {
            for (int a = 0; a < g; a++) {
                double ka = p.kMax() * (a + 0.5) / g;
                double kb = p.kMax() * (b + 0.5) / g;
                x[b * g + a] = Math.round(ka * 1000) / 1000.0;
                y[b * g + a] = Math.round(kb * 1000) / 1000.0;
                v[b * g + a] = Math.log10(Math.max(1e-4, interaction(ka * unit, kb * unit, l)));
            }
        }
        // colour: log10 of Phi(k - k') + Phi(k + k'), floored at 1e-4 so the zero lines show
        data.panel("second-order interaction", "k (units of 2 pi / L)", "k' (units of 2 pi / L)").heatmap()
                .grid("log10 interaction", x, y, v);
        // Monte Carlo of the interaction at a few pairs: E[cos((k - k')(x - x'))] + E[cos((k + k')(x - x'))]
        double[][] probe = {{0.5, 0.7}, {1.3, 1.5}, {1.25, 2.25}, {0.8, 2.6}};
        double worstPair = 0;
        for (double[] q : probe) {
            double[] minus = pairMean((q[0] - q[1]) * unit, 0, l, p.pairs(), rng);
            double[] plus = pairMean((q[0] + q[1]) * unit, 0, l, p.pairs(), rng);
            double se = Math.hypot(minus[1], plus[1]);
            worstPair = Math.max(worstPair, Math.abs(minus[0] + plus[0] - interaction(q[0] * unit, q[1] * unit, l)) / se);
        }
        double zeros = 0;
        for (int n = 1; n <= 4; n++) {
            zeros = Math.max(zeros, RoomGeometry.box(n * unit, l));
        }
        // four standard errors: with 25-49 estimates a z-score above 4 has probability below 1e-3
        data.check(Check.atMost("first order: worst |Monte Carlo - sinc^2| in standard errors", 4, worstZ, 0));
        data.check(Check.atMost("second order: worst |Monte Carlo - closed form| in standard errors", 4, worstPair, 0));
        data.check(Check.atMost("Phi(2 pi n / L), n = 1..4 (penalty-free frequencies)", 1e-30, zeros, 0));
        // repulsion vanishes at k' = k + 2 pi n / L when k + k' is also a multiple (k = pi m / L)
        data.check(Check.atMost("interaction at (k, k') = (1, 2) x 2 pi / L", 1e-30, interaction(unit, 2 * unit, l), 0));
        data.check(Check.atLeast("interaction at k = k' (repulsion of coinciding frequencies) >= 1", 1,
                interaction(0.3 * unit, 0.3 * unit, l), 0));
    }

    /** {@code Phi(k - k') + Phi(k + k')}. */
    static double interaction(double k, double kp, double width) {
        return RoomGeometry.box(k - kp, width) + RoomGeometry.box(k + kp, width);
    }

    /** {mean, standard error} of {@code cos(c (x - x'))} over pairs uniform in [lo, lo + width). */
    private static double[] pairMean(double c, double lo, double width, int pairs, SplittableRandom rng) {
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < pairs; i++) {
            double d = c * width * (rng.nextDouble() - rng.nextDouble());
            double v = Math.cos(d);
            s += v;
            s2 += v * v;
        }
        double mean = s / pairs;
        return new double[] {mean, Math.sqrt(Math.max(0, s2 / pairs - mean * mean) / pairs)};
    }
}
