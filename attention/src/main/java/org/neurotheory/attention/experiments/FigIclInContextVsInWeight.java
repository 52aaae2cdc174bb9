package org.neurotheory.attention.experiments;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.data.TaskMixture;
import org.neurotheory.attention.data.TokenMoments;
import org.neurotheory.attention.model.EndToEndObjective;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.attention.model.MergedAttention;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.InContextRegression;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;

/**
 * Appendix panels "in-context vs in-weight learning" (official notebook): full ATTN_M (H = 8,
 * {@code Lambda = I/4}, P = 5000, init 1e-6, eta = 5e-4) trained on a mixture in which a fraction c of
 * the prompts has a random task and the rest a fixed task {@code w_fix} ({@link TaskMixture}); curves:
 * training loss / its initial value, in-weight test MSE (noise contexts, {@code w_fix}) and in-context
 * test MSE (fresh whitened tasks). In-weight learning needs the full parametrisation (the x-x block of
 * the merged matrix and the value row vector), which the end-to-end tensor keeps.
 */
public final class FigIclInContextVsInWeight implements FigureSpec {
    /**
     * @param dimension D
     * @param contextLength N
     * @param heads H
     * @param prompts P (training set)
     * @param testPrompts size of each test set
     * @param init initial weight std
     * @param learningRate eta
     * @param steps recorded steps
     * @param fractions the in-context fractions c
     */
    public record Params(int dimension, int contextLength, int heads, int prompts, int testPrompts, double init,
                         double learningRate, int steps, double[] fractions) {
        public Params {
            Require.positive("dimension", dimension);
            Require.positive("contextLength", contextLength);
            Require.positive("heads", heads);
            Require.that(prompts > dimension, "prompts", prompts, "must be > dimension (task whitening)");
            Require.that(testPrompts > dimension, "testPrompts", testPrompts, "must be > dimension (task whitening)");
            Require.positive("init", init);
            Require.positive("learningRate", learningRate);
            Require.positive("steps", steps);
            Require.that(fractions != null && fractions.length > 0, "fractions", fractions, "must be non-empty");
            for (double c : fractions) {
                Require.probability("fraction", c);
            }
            fractions = fractions.clone();
        }

        @Override
        public double[] fractions() {
            return fractions.clone();
        }

        /** README command (with 5001 steps, the notebook's x-range) for c = 0, 0.2, ..., 1. */
        public static Params paper() {
            return new Params(4, 31, 8, 5000, 5000, 1e-6, 5e-4, 5001, new double[] {0, 0.2, 0.4, 0.6, 0.8, 1});
        }

        /** The same for c = 0, 0.4, 1 (the three regimes). */
        public static Params quick() {
            return new Params(4, 31, 8, 5000, 5000, 1e-6, 5e-4, 5001, new double[] {0, 0.4, 1});
        }
    }

    @Override
    public String key() {
        return "figicl";
    }

    @Override
    public String title() {
        return "Appendix: in-context vs in-weight learning with full ATTN_M";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        return compute(scale.pick(Params.quick(), Params.paper()), seed);
    }

    /** Runs the figure with explicit parameters. */
    public FigureData compute(Params p, long seed) {
        int d = p.dimension();
        DMatrixRMaj lambda = CodeCovariance.white(d);
        InContextRegression reg = new InContextRegression(d, p.contextLength(), lambda);
        TaskMixture mixture = TaskMixture.draw(reg, Seeds.stream(Seeds.derive(seed, 1)));
        EndToEndObjective[] tests = new EndToEndObjective[2];
        MergedAttention model = new MergedAttention(d, p.heads(), false);
        tests[0] = new EndToEndObjective(model, TokenMoments.full(
                mixture.sample(p.testPrompts(), 0.0, Seeds.stream(Seeds.derive(seed, 2)))));
        tests[1] = new EndToEndObjective(model, TokenMoments.full(
                mixture.sample(p.testPrompts(), 1.0, Seeds.stream(Seeds.derive(seed, 3)))));
        FigureData fig = new FigureData(title()).parameters(p).parameter("seed", seed);
        int every = 10;
        int n = (p.steps() + every - 1) / every;
        double[] k = Curves.thin(Curves.steps(p.steps()), every);
        for (int ci = 0; ci < p.fractions().length; ci++) {
            double c = p.fractions()[ci];
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 4, ci));
            EndToEndObjective train = new EndToEndObjective(model, TokenMoments.full(mixture.sample(p.prompts(), c, rng)));
            double[] theta0 = model.initialise(p.init(), Seeds.stream(Seeds.derive(seed, 5, ci)));
            double[] iw = new double[n];
            double[] ic = new double[n];
            GradientDescent gd = new GradientDescent(p.learningRate());
            double[] loss = gd.run(train, theta0, p.steps(), (t, theta, l) -> {
                int step = (int) gd.step(t);
                if (step % every == 0) {
                    iw[step / every] = tests[0].value(theta);
                    ic[step / every] = tests[1].value(theta);
                }
            }).losses();
            double[] rel = Curves.thin(loss, every);
            for (int i = 0; i < rel.length; i++) {
                rel[i] /= loss[0];
            }
            String label = "icl=" + c;
            String letter = String.valueOf((char) ('a' + fig.panels().size()));
            fig.panel(label, "training steps", "loss").line("train / initial", k, rel).line("test IW", k, iw)
                    .line("test IC", k, ic).title(letter, "in-context fraction " + c);
            int at2000 = Math.min(n - 1, 2000 / every);
            if (c == 0.0) {
                // pure in-weight task: the fixed task is memorised (IW error ~0.06, NumPy replica), contexts ignored
                fig.check(Check.atMost("icl=0: test IW at step 2000", 0.1, iw[at2000], 0));
                fig.check(Check.atLeast("icl=0: test IC at step 2000", 2.0, ic[at2000], 0));
            } else if (c == 1.0) {
                // pure in-context task: IC error -> L(M_*) = 5/36 plus finite-P excess; IW stays ~tr(w_fix w_fix^T)/D
                fig.check(Check.atMost("icl=1: final test IC", 0.16, ic[n - 1], 0));
                fig.check(Check.atLeast("icl=1: final test IW", 1.0, iw[n - 1], 0));
            } else if (Math.abs(c - 0.4) < 1e-12) {
                // transient in-weight learning: IW is learned first, then forgotten while ICL emerges
                int minIw = Curves.argmin(iw);
                int icBelow = Curves.firstBelow(ic, 0.5);
                fig.check(Check.atMost("icl=0.4: min test IW", 0.5, iw[minIw], 0));
                fig.check(Check.holds("icl=0.4: IW minimum precedes IC < 0.5", icBelow < 0 || minIw < icBelow));
                fig.check(Check.atLeast("icl=0.4: final test IW (forgotten)", 0.9, iw[n - 1], 0));
            }
        }
        return fig;
    }
}
