package org.neurotheory.relu.experiments;

import org.neurotheory.core.Require;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.EquivalentLinearNetwork;
import org.neurotheory.relu.theory.PairEquivalence;

/**
 * Exact equivalence of learning dynamics (Theorem A; experiment E5): pair-initialised
 * leaky-ReLU networks on mirrored data with an odd nonlinear target, against the width-H/2 linear
 * network started from {@code sqrt(1+alpha)} times the weights and trained with step
 * {@code (1+alpha)/2 x lr}. Panels: loss curves (ReLU solid, linear dashed), the absolute loss gap
 * (log scale) and the pairing error (log scale).
 */
public final class FigE5ExactEquivalence implements FigureSpec {
    /**
     * Settings of the exactness test (E5): {@code originals} Gaussian inputs (not whitened),
     * mirrored; target {@code y = w*^T x + cubic (x_1^3 - 3 x_1)} with {@code |w*| = 1}; pair networks
     * with {@code pairs} pairs from base weights {@code N(0, initStd^2)}; gradient descent.
     *
     * @param dimension    D
     * @param originals    P0
     * @param cubic        coefficient of the odd nonlinear part, >= 0
     * @param pairs        number of neuron pairs (width 2 pairs)
     * @param initStd      base weight scale
     * @param learningRate GD step of the ReLU networks (the linear ones use (1+alpha)/2 of it)
     * @param steps        GD steps
     * @param recordEvery  recording interval (steps)
     * @param slopes       slopes alpha in [0, 1], containing 1
     */
    public record Params(int dimension, int originals, double cubic, int pairs, double initStd,
                                         double learningRate, int steps, int recordEvery, double[] slopes) {
        public Params {
            Require.positive("dimension", dimension);
            Require.that(originals > dimension, "originals", originals, "must be > dimension " + dimension);
            Require.nonNegative("cubic", cubic);
            Require.positive("pairs", pairs);
            Require.positive("initStd", initStd);
            Require.positive("learningRate", learningRate);
            Require.positive("steps", steps);
            Require.inRange("recordEvery", recordEvery, 1, steps);
            slopes = Slopes.withLinearReference(slopes);
        }

        /** Experiment E5: D = 10, P0 = 500, cubic 0.5, 20 pairs, init 1e-4, lr 0.05, 3000 steps, alpha in {0, 0.2, 0.5, 1}. */
        public static Params paper() {
            return new Params(10, 500, 0.5, 20, 1e-4, 0.05, 3000, 5, new double[] {0, 0.2, 0.5, 1});
        }

        /** E5 in seconds: P0 = 150, 1500 steps (the drop is over by step ~700). */
        public static Params quick() {
            return new Params(10, 150, 0.5, 20, 1e-4, 0.05, 1500, 10, new double[] {0, 0.2, 0.5, 1});
        }

        @Override
        public double[] slopes() {
            return slopes.clone();
        }
    }

    @Override
    public String key() {
        return "fige5";
    }

    @Override
    public String title() {
        return "Pair-initialised leaky-ReLU networks train exactly like linear networks (Theorem A, experiment E5)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        FigureData fig = new FigureData(title()).parameters(p);
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        double[] w = new double[p.dimension()];
        double norm = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
            norm += w[i] * w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= Math.sqrt(norm);
        }
        RegressionData data = new SymmetricRegressionGenerator(p.originals(), p.dimension(), false, true, 0, false)
                .generate(ScalarTarget.linear(w).plus(ScalarTarget.cubicHermite(0).times(p.cubic())), rng);
        double floor = data.bestLinearLoss();
        fig.parameter("best-linear loss", floor);
        BiasFreeNetwork base = BiasFreeNetwork.twoLayer(p.dimension(), 2 * p.pairs(), 1, 1);
        DMatrixRMaj[] baseWeights = new DMatrixRMaj[2];
        PairSymmetricInitialisation.gaussian(base, p.initStd(), Seeds.stream(Seeds.derive(seed, 1)), baseWeights);

        Panel loss = fig.panel("loss", "GD step", "loss").title("a", "ReLU network (light) vs its linear equivalent");
        Panel gapPanel = fig.panel("gap", "GD step", "|L_{ReLU} \u2212 L_{linear}|").logY().title("b", "loss gap (rounding level)");
        Panel pairing = fig.panel("pairing", "GD step", "pairing error").logY().title("c", "pair symmetry kept");
        double[] slopes = p.slopes();
        double[] halves = new double[slopes.length];
        int ref = -1;
        for (int i = 0; i < slopes.length; i++) {
            double alpha = slopes[i];
            BiasFreeNetwork net = base.withSlope(alpha);
            double[] p0 = PairSymmetricInitialisation.fromBase(net, baseWeights[0], baseWeights[1]);
            Trajectory relu = new GradientDescent(p.learningRate()).trajectory(new NetworkGradientFlow(net, data, 1), p0, p.steps(), p.recordEvery());
            // the reference: Theorem A's equivalent linear network (width H/2, sqrt(1+alpha) weights, step c lr)
            Trajectory lin = EquivalentLinearNetwork.of(net, p0, p.learningRate()).train(data, p.steps(), p.recordEvery());
            double[] k = new GradientDescent(p.learningRate()).steps(relu);
            double[] lr = relu.losses();
            double[] ll = lin.losses();
            String a = "alpha=" + alpha;
            String condition = "alpha = " + alpha;
            loss.line(a + " ReLU", k, lr).dashed(a + " linear", k, ll)
                    .tag(a + " ReLU", condition, Role.SIMULATION).tag(a + " linear", condition, Role.THEORY);
            double[] gap = new double[k.length];
            double[] pair = new double[k.length];
            double worstPair = 0;
            for (int j = 0; j < k.length; j++) {
                // floor at 1e-18 so that exact zeros still show on the log axis
                gap[j] = Math.max(Math.abs(lr[j] - ll[j]), 1e-18);
                pair[j] = Math.max(PairEquivalence.pairingError(net, relu.state(j)), 1e-18);
                worstPair = Math.max(worstPair, pair[j]);
            }
            gapPanel.line(a, k, gap).condition(a, condition);
            pairing.line(a, k, pair).condition(a, condition);
            // both runs do the same arithmetic up to rounding of the sqrt(1+alpha) and c factors
            fig.check(Check.atMost(a + ": max |L_ReLU(k; lr) - L_lin(k; c lr)|", 0, Curves.maxGap(lr, ll), 1e-12));
            fig.check(Check.atMost(a + ": max pairing error", 0, worstPair, 1e-12));
            // converged to the best linear fit (the two-layer floor for this odd target)
            fig.check(Check.absolute(a + ": final loss = best-linear loss", floor, lr[lr.length - 1], 1e-6));
            halves[i] = Curves.halfDropTime(k, lr, floor);
            fig.parameter(a + " half-drop step", halves[i]);
            if (alpha == 1) {
                ref = i;
            }
        }
        for (int i = 0; i < slopes.length; i++) {
            if (i != ref) {
                // exact for gradient flow; GD with step c*lr vs lr changes the per-step growth factor
                // (1 + c lr lambda vs 1 + lr lambda, lr*lambda ~ 0.1 here), up to ~4% at alpha = 0
                fig.check(Check.relative("alpha=" + slopes[i] + ": half-drop ratio vs 2/(1+alpha)",
                        2 / (1 + slopes[i]), halves[i] / halves[ref], 0.05));
            }
        }
        return fig;
    }
}
