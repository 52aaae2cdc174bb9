package org.neurotheory.attention.experiments;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.model.EndToEndObjective;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.attention.model.KeyQueryInit;
import org.neurotheory.attention.model.ReducedSeparateAttention;
import org.neurotheory.attention.theory.PopulationMoments;
import org.neurotheory.attention.theory.SaddlePoints;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;

/**
 * Fig. 4 (R = 1, 2, 4, 8) and appendix Fig. 12 (R = 3, 5, 6, 7): ATTN_S with rank-R key and query,
 * D = 8 ({@code lambda = (8..1)/36}), N = 31, H = 9, init 5e-3 ({@link KeyQueryInit#SCALED_KEY_QUERY}),
 * eta = 0.02, 20001 steps, on the population loss (Eq. 14, rank R). Conspicuous plateaus at
 * {@code L(M_m)} only when R divides m (paper Sec. 6; the text's "m divides R" is a typo).
 */
public abstract class RankSweep implements FigureSpec {
    /**
     * @param key figure key ({@code fig4} or {@code fig12})
     * @param dimension D
     * @param contextLength N
     * @param heads H
     * @param ranks the ranks R to sweep
     * @param init init scale
     * @param learningRate eta
     * @param steps recorded steps
     */
    public record Params(String key, int dimension, int contextLength, int heads, int[] ranks, double init,
                         double learningRate, int steps) {
        public Params {
            Require.nonNull("key", key);
            Require.positive("dimension", dimension);
            Require.positive("contextLength", contextLength);
            Require.positive("heads", heads);
            Require.that(ranks != null && ranks.length > 0, "ranks", ranks, "must be non-empty");
            for (int r : ranks) {
                Require.inRange("rank", r, 1, dimension);
            }
            Require.positive("init", init);
            Require.positive("learningRate", learningRate);
            Require.positive("steps", steps);
            ranks = ranks.clone();
        }

        @Override
        public int[] ranks() {
            return ranks.clone();
        }

        /** Fig. 4. */
        public static Params figure4() {
            return new Params("fig4", 8, 31, 9, new int[] {1, 2, 4, 8}, 5e-3, 0.02, 20001);
        }

        /** Fig. 12. */
        public static Params figure12() {
            return new Params("fig12", 8, 31, 9, new int[] {3, 5, 6, 7}, 5e-3, 0.02, 20001);
        }
    }

    private final Params params;

    /** @param params the sweep (the population engine is cheap: both scales run the paper's sizes) */
    protected RankSweep(Params params) {
        this.params = Require.nonNull("params", params);
    }

    @Override
    public String key() {
        return params.key();
    }

    @Override
    public String title() {
        return "Fig. " + params.key().substring(3) + ": ATTN_S with rank-R key and query, R = "
                + Arrays.toString(params.ranks()).replace(",", "");
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = params;
        DMatrixRMaj lambda = CodeCovariance.spectral(p.dimension(), Seeds.stream(Seeds.derive(seed, 1)));
        SaddlePoints saddles = new SaddlePoints(lambda, p.contextLength());
        var loss = new PopulationMoments(lambda, p.contextLength()).cubicLoss();
        FigureData fig = new FigureData(title()).parameters(p).parameter("seed", seed);
        double[] kThin = Curves.thin(Curves.steps(p.steps()), 10);
        GradientDescent gd = new GradientDescent(p.learningRate());
        for (int r : p.ranks()) {
            ReducedSeparateAttention model = new ReducedSeparateAttention(p.dimension(), p.heads(), r);
            double[] theta0 = model.initialise(p.init(), KeyQueryInit.SCALED_KEY_QUERY,
                    Seeds.stream(Seeds.derive(seed, 2, r)));
            double[] l = gd.run(new EndToEndObjective(model, loss), theta0, p.steps()).losses();
            var panel = fig.panel("R=" + r, "training steps", "loss").line("population GD", kThin, Curves.thin(l, 10))
                    .title("R = " + r, "rank-" + r + " key-query heads");
            for (int m = 0; m <= p.dimension(); m++) {
                panel.referenceLine("L(M_" + m + ")", 0, p.steps() - 1, saddles.loss(m))
                        .tag("L(M_" + m + ")", "saddle losses L(M_m), Eq. 19", Role.REFERENCE);
            }
            int[] dwell = saddles.dwellSteps(l);
            fig.parameter("dwell steps R=" + r, dwell);
            int reached = saddles.learnedComponents(l[l.length - 1]);
            if (r == 2) {
                // R = 2: brief plateaus at odd m (a grown value weight speeds up the head's second pair)
                fig.check(Check.atMost("R=2: dwell at L(M_1) / dwell at L(M_2)", 0, ratio(dwell[1], dwell[2]), 0.1));
                fig.check(Check.atMost("R=2: dwell at L(M_3) / dwell at L(M_2)", 0, ratio(dwell[3], dwell[2]), 0.1));
            } else if (r == 4) {
                double worst = Math.max(ratio(dwell[1], dwell[4]), Math.max(ratio(dwell[2], dwell[4]), ratio(dwell[3], dwell[4])));
                fig.check(Check.atMost("R=4: max dwell at L(M_1..3) / dwell at L(M_4)", 0, worst, 0.05));
            } else if (r == 1) {
                // a separate plateau at every L(M_m) reached: the loss passes each level closely (~1e-4)
                double worst = 0;
                for (int m = 1; m <= reached; m++) {
                    worst = Math.max(worst, Curves.closestApproach(l, saddles.loss(m)));
                }
                fig.check(Check.atLeast("R=1: saddles reached within 20000 steps (all 4 of Fig. 4)", 4, reached, 0));
                fig.check(Check.atMost("R=1: worst closest approach to L(M_1..m)", 0, worst, 0.003));
            }
            fig.check(Check.atLeast("R=" + r + ": loss left the first plateau", 1, reached, 0));
            if (r > 1 && reached > 1) {
                // inside the first head's block (1 <= m < R) the saddles are passed quickly: the first head's value
                // weight has already grown (paper Sec. 6); compare with the initial plateau. A pair's escape time
                // inside a grown head still scales as 1/lambda^2 (the tiny last eigenvalues give long
                // plateaus), so only saddles whose next eigenvalue is >= lambda_1 / 2 are compared
                double[] ev = saddles.eigenvalues();
                int top = Math.min(r, reached) - 1;
                while (top > 0 && ev[top] < 0.5 * ev[0]) {
                    top--;
                }
                double worst = 0;
                for (int m = 1; m <= top; m++) {
                    worst = Math.max(worst, ratio(dwell[m], dwell[0]));
                }
                fig.check(Check.atMost("R=" + r + ": max dwell at L(M_1..M_" + top + ") / dwell at L(M_0)", 0, worst, 0.1));
            }
        }
        fig.note("Dwell = number of steps with |L - L(M_m)| below 10% of the smaller gap to the neighbouring saddles.");
        return fig;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.POSITIVE_INFINITY : (double) a / b;
    }
}
