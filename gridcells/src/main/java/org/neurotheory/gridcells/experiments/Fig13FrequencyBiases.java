package org.neurotheory.gridcells.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.theory.GaussianOccupancy;
import org.neurotheory.gridcells.theory.LowFrequencyBias;

/**
 * Fig. 13A-D of the paper: A, the circular chi(Delta); B, its low-frequency weights
 * {@code w(n) = 1 + I_n(kappa)/(e^kappa - I_0(kappa))} against quadrature; C, the high-frequency
 * weights of a Gaussian occupancy for cos and sin components; D, the combined weight beta(|k|)
 * (peak near 1/L). Panels E-F (optimising the chi-weighted Euclidean loss) are not reproduced.
 */
public final class Fig13FrequencyBiases extends TheoryFigure<Fig13FrequencyBiases.Params> {
    /** Panel B's one condition: the closed form of w(n) and its quadrature, in one colour. */
    private static final String W_N = "closed form (line), quadrature (dots)";

    /** @param kappa chi concentration; @param maxFreq largest integer frequency in B; @param quadrature points */
    public record Params(double kappa, int maxFreq, int quadrature) {
        public Params {
            Require.inRange("kappa", kappa, 0.1, 30);
            Require.inRange("maxFreq", maxFreq, 3, 100);
            Require.that(quadrature >= 64, "quadrature", quadrature, "must be >= 64");
        }

        public static Params quick() {
            return new Params(2, 10, 2000);
        }

        public static Params paper() {
            return new Params(2, 20, 20000);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig13FrequencyBiases() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig13";
    }

    @Override
    public String title() {
        return "Fig. 13A-D: chi gives a low-frequency bias, the occupancy a high-frequency bias";
    }

    @Override
    void draw(Params p, FigureData data) {
        int q = p.quadrature();
        double[] t = new double[181];
        double[] chi = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = -Math.PI + 2 * Math.PI * i / (t.length - 1);
            chi[i] = LowFrequencyBias.chi(p.kappa(), t[i]);
        }
        data.panel("A chi", "Delta theta (rad)", "chi").angleX().title("A", "circular chi(Delta theta)").line("chi (kappa = " + p.kappa() + ")", t, chi);
        double[] n = new double[p.maxFreq()];
        double[] w = new double[n.length];
        double[] wq = new double[n.length];
        double worst = 0;
        for (int f = 1; f <= n.length; f++) {
            n[f - 1] = f;
            w[f - 1] = LowFrequencyBias.weight(f, p.kappa());
            double s = 0;
            for (int i = 0; i < q; i++) {
                double d = 2 * Math.PI * i / q;
                s += (1 - Math.cos(f * d)) * LowFrequencyBias.chi(p.kappa(), d) / q;
            }
            wq[f - 1] = s;
            worst = Math.max(worst, Math.abs(s - w[f - 1]));
        }
        data.panel("B low-frequency weight", "frequency n", "w(n)").title("B", "low-frequency weight w(n)")
                .theory("closed form", W_N, n, w).simulation("quadrature", W_N, n, wq);
        // trapezoid on a smooth periodic integrand: error far below 1e-12 at 2000 points
        data.check(Check.atMost("w(n) closed form vs quadrature, worst abs error", 0, worst, 1e-12));
        // w(n) falls to its limit 1 (chi is normalised) faster than exponentially; from n = 18 at kappa = 2
        // it equals 1 in double, so strictly lower is required only while w(n) - 1 is above rounding
        data.check(Check.holds("w(n) decreases with n to 1 (low-frequency bias; strictly while w - 1 > 1e-13)",
                decreasingToOne(w)));
        int m = 300;
        double[] om = new double[m];
        double[] cw = new double[m];
        double[] sw = new double[m];
        double[] beta = new double[m];
        for (int i = 0; i < m; i++) {
            om[i] = 6.0 * (i + 1) / m;
            cw[i] = GaussianOccupancy.cosineWeight(om[i], 1);
            sw[i] = GaussianOccupancy.sineWeight(om[i], 1);
            beta[i] = GaussianOccupancy.beta(om[i], 1, 0.5, 2);
        }
        data.panel("C high-frequency weights", "omega (1/L)", "weight").title("C", "high-frequency weights of cos and sin").line("cos", om, cw).line("sin", om, sw);
        data.panel("D combined weight", "|k| (1/L)", "beta").title("D", "combined weight beta(|k|), l = 0.5").line("l = 0.5 (2-D)", om, beta);
        data.check(Check.holds("sine weight saturates before cosine weight", allAbove(sw, cw)));
        data.check(Check.absolute("cos weight at omega = 1/L", Math.pow(1 - Math.exp(-1), 2), GaussianOccupancy.cosineWeight(1, 1), 1e-15));
    }

    private static boolean decreasingToOne(double[] v) {
        for (int i = 1; i < v.length; i++) {
            boolean resolved = v[i - 1] - 1 > 1e-13;
            if (!(v[i] > 1 - 1e-13 && (resolved ? v[i] < v[i - 1] : v[i] <= v[i - 1]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAbove(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] >= b[i])) {
                return false;
            }
        }
        return true;
    }
}
