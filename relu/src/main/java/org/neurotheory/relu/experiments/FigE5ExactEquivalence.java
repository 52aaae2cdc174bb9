package org.neurotheory.relu.experiments;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.GradientDescent;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.PairEquivalence;

/**
 * Exact equivalence of learning dynamics (Theorem A; card E5, checks 5 and 6): pair-initialised
 * leaky-ReLU networks on mirrored data with an odd nonlinear target, against the width-H/2 linear
 * network started from {@code sqrt(1+alpha)} times the weights and trained with step
 * {@code (1+alpha)/2 x lr}. Panels: loss curves (ReLU solid, linear dashed), the absolute loss gap
 * (log scale) and the pairing error (log scale).
 */
public final class FigE5ExactEquivalence implements FigureSpec {
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
        ExactEquivalenceParams p = scale.pick(ExactEquivalenceParams.quick(), ExactEquivalenceParams.paper());
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

        Panel loss = fig.panel("loss", "GD step", "loss").caption("ReLU network (light) vs its linear equivalent");
        Panel gapPanel = fig.panel("gap", "GD step", "|L_ReLU - L_linear|").logY().caption("loss gap (rounding level)");
        Panel pairing = fig.panel("pairing", "GD step", "pairing error").logY().caption("pair symmetry kept");
        double[] slopes = p.slopes();
        double[] halves = new double[slopes.length];
        int ref = -1;
        for (int i = 0; i < slopes.length; i++) {
            double alpha = slopes[i];
            BiasFreeNetwork net = base.withSlope(alpha);
            double[] p0 = PairSymmetricInitialisation.fromBase(net, baseWeights[0], baseWeights[1]);
            Trajectory relu = GradientDescent.run(net, data, p0, p.learningRate(), p.steps(), p.recordEvery());
            double c = PairEquivalence.timeFactor(alpha);
            Trajectory lin = GradientDescent.run(PairEquivalence.linearNetwork(net), data,
                    PairEquivalence.linearParameters(net, p0), c * p.learningRate(), p.steps(), p.recordEvery());
            double[] k = GradientDescent.steps(relu, p.learningRate());
            double[] lr = relu.losses();
            double[] ll = lin.losses();
            String a = "alpha=" + alpha;
            String condition = "alpha = " + alpha;
            loss.line(a + " ReLU", k, lr).dashed(a + " linear", k, ll)
                    .tag(a + " ReLU", condition, org.neurotheory.core.figure.Role.SIMULATION).tag(a + " linear", condition, org.neurotheory.core.figure.Role.THEORY);
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
            fig.check(Check.atMost(a + ": max |L_ReLU(k; lr) - L_lin(k; c lr)|", 0, LossCurves.maxGap(lr, ll), 1e-12));
            fig.check(Check.atMost(a + ": max pairing error", 0, worstPair, 1e-12));
            // converged to the best linear fit (the two-layer floor for this odd target)
            fig.check(Check.absolute(a + ": final loss = best-linear loss", floor, lr[lr.length - 1], 1e-6));
            halves[i] = LossCurves.halfDropTime(k, lr, floor);
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
