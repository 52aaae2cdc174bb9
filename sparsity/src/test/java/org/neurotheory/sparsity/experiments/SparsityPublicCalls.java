package org.neurotheory.sparsity.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Assertions;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.sparsity.theory.PowerpropFlow;
import org.neurotheory.sparsity.model.OneShotPruning;
import org.neurotheory.sparsity.theory.RichGetRicher;
import org.neurotheory.sparsity.theory.WeightDensity;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through public calls (never through the figure class; only its {@code Params} presets are reused),
 * compared with what the figure reports. Called by {@link SparsityFiguresTest} on the figure data it
 * computes anyway. fig2, fig2cnn and figcl plot trained networks, so one network (one EPN task
 * sequence) per figure is trained again through {@link SparseRun#train} ({@link EpnRun#train}) at the
 * figure's quick preset and seed: the same computation, so the same bits are expected.
 */
final class SparsityPublicCalls {
    private SparsityPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof FigT1RichGetRicher) {
            figt1(data);
        } else if (figure instanceof Fig1bcWeightDistributions) {
            fig1bc(data);
        } else if (figure instanceof Fig1aAccuracyVsSparsity) {
            fig1a(data);
        } else if (figure instanceof Fig2SparseTraining) {
            fig2(data, seed);
        } else if (figure instanceof Fig2CnnSparseTraining) {
            fig2cnn(data, seed);
        } else if (figure instanceof FigClContinualLearning) {
            figcl(data, seed);
        }
    }

    /**
     * fig2 (a): test accuracy of the Powerprop alpha = 2 MLP made 98% sparse by gradual magnitude
     * pruning, the point where the paper's gap to the baseline is largest (exact: same training).
     */
    private static void fig2(FigureData data, long seed) {
        Fig2SparseTraining.Params p = Fig2SparseTraining.Params.quick();
        double sparsity = p.sparsities()[p.sparsities().length - 1];
        lastPoint(data, "alpha=2", sparsity, SparseRun.train(p, Fig2SparseTraining.Method.GRADUAL, 2, sparsity, seed), "fig2");
    }

    /** fig2cnn (a): test accuracy of the baseline CNN made 98% sparse by gradual magnitude pruning (exact). */
    private static void fig2cnn(FigureData data, long seed) {
        Fig2CnnSparseTraining.Params p = Fig2CnnSparseTraining.Params.quick();
        double sparsity = p.sparsities()[p.sparsities().length - 1];
        lastPoint(data, "alpha=1 (baseline)", sparsity, SparseRun.train(p, Fig2SparseTraining.Method.GRADUAL, 1, sparsity, seed),
                "fig2cnn");
    }

    /** The last point of {@code series} in the gradual-pruning panel (a) is {@code run}'s sparsity and accuracy. */
    private static void lastPoint(FigureData data, String series, double sparsity, SparseRun run, String figure) {
        Series s = data.panels().get(0).series(series);
        assertEquals(sparsity, s.x()[s.size() - 1], 0.0);
        assertEquals(run.accuracy(), s.y()[s.size() - 1], 0.0, figure + " gradual pruning, " + series + " at sparsity " + sparsity);
    }

    /**
     * figcl (b, c): average test accuracy over the tasks learnt and the fraction of shared weights owned,
     * after every task, of the alpha = 2 EfficientPackNet sequence (exact: same training).
     */
    private static void figcl(FigureData data, long seed) {
        FigClContinualLearning.Params p = FigClContinualLearning.Params.quick();
        EpnRun run = EpnRun.train(p, 2, seed);
        double[] mean = new double[p.tasks()];
        for (int t = 0; t < p.tasks(); t++) {
            double sum = 0;
            for (double a : run.accuracy()[t]) {
                sum += a;
            }
            mean[t] = sum / (t + 1);
        }
        Assertions.assertArrayEquals(mean, data.panels().get(1).series("alpha=2").y(), 0.0,
                "figcl average accuracy, alpha=2");
        Assertions.assertArrayEquals(run.capacityUsed(), data.panels().get(2).series("alpha=2").y(), 0.0,
                "figcl capacity used, alpha=2");
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
        var densityPanel = data.panel("c: density of |w| for psi ~ N(0 1)");
        for (double alpha : p.alphas()) {
            WeightDensity d = new WeightDensity(alpha, 1);
            Series s = densityPanel.series(label(alpha) + " 2 f_w(|w|)");
            for (int i = 0; i < s.size(); i++) {
                assertEquals(2 * d.density(s.x()[i]), s.y()[i], 0.0, "figt1 density " + label(alpha) + " at |w|=" + s.x()[i]);
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

    /** fig1a: the keep-fractions every curve is plotted at, from the public pruning levels of the preset. */
    private static void fig1a(FigureData data) {
        Fig1aAccuracyVsSparsity.Params p = Fig1aAccuracyVsSparsity.Params.quick();
        double[] levels = OneShotPruning.levels(p.lowestLevel(), p.levels());
        for (Series s : data.panels().get(0).series()) {
            Assertions.assertArrayEquals(levels, s.x(), 0.0, "fig1a keep-fractions of " + s.name());
        }
    }

    private static String label(double alpha) {
        return "alpha=" + (alpha == Math.rint(alpha) ? String.valueOf((int) alpha) : String.valueOf(alpha));
    }
}
