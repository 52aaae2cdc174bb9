package org.neurotheory.sparsity.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.sparsity.theory.PowerpropFlow;
import org.neurotheory.sparsity.theory.RichGetRicher;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through public calls (never through the figure class; only its {@code Params} presets are reused),
 * compared with what the figure reports. Called by {@link SparsityFiguresTest} on the figure data it
 * computes anyway. Figures without an entry here are listed in the class comment of the test.
 */
final class SparsityPublicCalls {
    private SparsityPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof FigT1RichGetRicher) {
            figt1(data);
        } else if (figure instanceof Fig1bcWeightDistributions) {
            fig1bc(data);
        }
    }

    /**
     * figt1 (a) the closed-form gradient flow |w(t)| of Sec. 3 and (b) the effective learning rate
     * eta alpha^2 |w|^(2-2/alpha): the same public calls on the plotted abscissae give the same numbers
     * (exact); the effective rate is also compared with the paper's formula written out here
     * (relative 1e-12: pow of a different exponent expression rounds differently in the last bits).
     */
    private static void figt1(FigureData data) {
        FigT1RichGetRicher.Params p = FigT1RichGetRicher.Params.quick();
        var flowPanel = data.panel("a: |w(t)| under a constant outward gradient");
        for (double alpha : p.alphas()) {
            PowerpropFlow flow = new PowerpropFlow(alpha, p.gradient());
            Series s = flowPanel.series(label(alpha) + " flow");
            for (int i = 0; i < s.size(); i++) {
                assertEquals(Math.abs(flow.weight(p.w0(), s.x()[i])), s.y()[i], 0.0, "figt1 flow " + label(alpha) + " at t=" + s.x()[i]);
            }
        }
        var ratePanel = data.panel("b: effective learning rate");
        double eta = 1e-6;
        for (double alpha : new double[] {1, 2, 3, 5}) {
            Series s = ratePanel.series(label(alpha) + " alpha^2|w|^(2-2/alpha)");
            for (int i = 0; i < s.size(); i++) {
                double w = s.x()[i];
                assertEquals(RichGetRicher.effectiveLearningRate(w, eta, alpha) / eta, s.y()[i], 0.0, "figt1 rate " + label(alpha));
                double paper = alpha * alpha * Math.pow(w, 2 - 2 / alpha);
                assertEquals(paper, s.y()[i], 1e-12 * paper, "figt1 rate vs alpha^2 |w|^(2-2/alpha), " + label(alpha));
            }
        }
    }

    /**
     * fig1bc (b): the reference density of |w| at initialisation, the +-2 std truncated normal of the
     * first layer (fan-in from the Fig. 1a preset), recomputed with commons-math's normal density and
     * truncation mass (relative 1e-12: the figure writes the density and the mass 0.9545 out by hand).
     */
    private static void fig1bc(FigureData data) {
        Fig1aAccuracyVsSparsity.Params p = Fig1aAccuracyVsSparsity.Params.quick();
        double std = Math.sqrt(1.0 / p.sizes()[0]) / 0.87962566103423978;
        NormalDistribution n = new NormalDistribution(null, 0, std);
        double mass = n.cumulativeProbability(2 * std) - n.cumulativeProbability(-2 * std);
        Series s = data.panel("b: |w| at initialisation").series("every-alpha truncated normal");
        for (int i = 0; i < s.size(); i++) {
            double expected = 2 * n.density(s.x()[i]) / mass;
            assertEquals(expected, s.y()[i], 1e-12 * expected, "fig1bc truncated-normal density at |w|=" + s.x()[i]);
        }
    }

    private static String label(double alpha) {
        return "alpha=" + (alpha == Math.rint(alpha) ? String.valueOf((int) alpha) : String.valueOf(alpha));
    }
}
