package org.neurotheory.gridcells.experiments;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.theory.Bessel;
import org.neurotheory.gridcells.theory.HarmonicExpansion;

/**
 * Fig. 14 (and the harmonic penalty of Fig. 4C) of the paper: the kernel loss of a circle code in
 * the Bessel expansion. A: {@code e^(-z) I_0(z)}, the per-frequency factor of Term A (fast fall below
 * z ~ 1, slow above: amplitude beyond sigma helps only polynomially); C: ratios
 * {@code I_m(z)/I_0(z)}; and the loss of two frequencies (n_1, n_2) at fixed amplitude: harmonically
 * related pairs (small {@code m n_1 = m' n_2}) cost more. Exact quadrature against the expansion.
 */
public final class Fig14BesselExpansion extends TheoryFigure<Fig14BesselExpansion.Params> {

    /** @param z amplitude ratio z = rho^2 / sigma^2 of both frequencies in the pair panel; @param maxFreq largest n_2 */
    public record Params(double z, int maxFreq) {
        public Params {
            Require.inRange("z", z, 0.01, 10);
            Require.inRange("maxFreq", maxFreq, 4, 60);
        }

        public static Params quick() {
            return new Params(1.0, 24);
        }

        public static Params paper() {
            return new Params(1.0, 48);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig14BesselExpansion() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig14";
    }

    @Override
    public String title() {
        return "Fig. 14: Bessel expansion of the kernel loss; harmonic ratios are penalised";
    }

    @Override
    void draw(Params p, FigureData data) {
        int n = 200;
        double[] z = new double[n];
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = 0.05 * (i + 1);
            a[i] = Math.exp(-z[i]) * Bessel.i(0, z[i]);
        }
        data.panel("A e^-z I0(z)", "z = rho^2/sigma^2", "per-frequency factor").title("A", "e^{-z} I_0(z)").line("e^-z I0(z)", z, a)
                .dashed("large-z limit 1/sqrt(2 pi z)", slice(z, 20), limit(slice(z, 20)))
                .condition("e^-z I0(z)", "e^{-z} I_0(z)").condition("large-z limit 1/sqrt(2 pi z)", "large-z limit 1/\u221a(2\u03c0z)");
        var c = data.panel("C I_m(z)/I_0(z)", "z", "ratio").title("C", "ratios I_m(z)/I_0(z), m = 1..5");
        for (int m = 1; m <= 5; m++) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = HarmonicExpansion.ratio(m, z[i]);
            }
            c.line("m = " + m, z, r);
        }
        int base = 6;
        double[] f2 = new double[p.maxFreq() - 1];
        double[] exact = new double[f2.length];
        double[] second = new double[f2.length];
        double worst = 0;
        for (int j = 0; j < f2.length; j++) {
            int n2 = j + 2;
            f2[j] = n2;
            exact[j] = HarmonicExpansion.exact(new int[] {base, n2}, new double[] {p.z(), p.z()}, 1024);
            second[j] = HarmonicExpansion.secondOrder(new int[] {base, n2}, new double[] {p.z(), p.z()});
            worst = Math.max(worst, Math.abs(exact[j] - second[j]) / exact[j]);
        }
        data.panel("loss of two frequencies 6 and n2", "n_2", "kernel loss")
                .caption("kernel loss of two frequencies, 6 and n_2").markers("exact (quadrature)", f2, exact)
                .dashed("Term A x (1 + 2nd order)", f2, second);
        // with two frequencies the product of the two series has no third-order terms: the expansion is
        // exact up to its truncation at m = 40 (terms ~ (z/2)^40 / 40!) and the quadrature's rounding
        data.check(Check.atMost("2nd-order expansion vs exact quadrature, worst relative error", 0, worst, 1e-10));
        data.check(Check.absolute("n = (2 3) z = (0.6 0.8): exact", 0.3143282,
                HarmonicExpansion.exact(new int[] {2, 3}, new double[] {0.6, 0.8}, 256), 5e-8));
        data.check(Check.absolute("n = (2 3) z = (0.6 0.8): Term A", 0.3141367, HarmonicExpansion.termA(new double[] {0.6, 0.8}), 5e-8));
        data.check(Check.holds("harmonic pair 6:12 costs more than 6:11 and 6:13",
                exact[10] > exact[11] && exact[10] > exact[9]));
        data.check(Check.holds("pair 6:3 costs more than 6:5 and 6:7", exact[1] > exact[3] && exact[1] > exact[5]));
    }

    private static double[] slice(double[] v, int from) {
        return Arrays.copyOfRange(v, from, v.length);
    }

    private static double[] limit(double[] z) {
        double[] o = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            o[i] = 1 / Math.sqrt(2 * Math.PI * z[i]);
        }
        return o;
    }
}
