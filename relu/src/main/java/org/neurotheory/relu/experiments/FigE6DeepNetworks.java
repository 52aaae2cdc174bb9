package org.neurotheory.relu.experiments;

import org.neurotheory.core.Require;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.dln.DeepLinearFlow;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.ode.EulerIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.BlockSymmetricInitialisation;
import org.neurotheory.relu.model.GaussianInitialisation;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.BlockSymmetricReduction;
import org.neurotheory.relu.theory.EquivalentLinearNetwork;
import org.neurotheory.relu.theory.LowRankStructure;
import org.neurotheory.relu.theory.OddEvenDecomposition;

/**
 * Deep bias-free ReLU networks vs deep linear networks (abstract claim 4; E6).
 * Panel {@code loss}: depth-3 ReLU and linear networks from the same small init on a linear target:
 * both show a plateau and one drop, the ReLU one later. Panel {@code rank}: {@code sigma_2/sigma_1} of the
 * first and middle layers, and {@code sigma_3/sigma_1} of the ReLU middle layer (low-rank structure:
 * rank one for linear, rank one first layer and rank two middle layer for ReLU). Panel {@code block}:
 * block-symmetric depth-4 networks started on the linear sub-manifold: the even channel
 * {@code |A+B|/|A|} stays at rounding level for alpha = 1 (exactly a reduced deep linear network) and
 * grows for alpha = 0 (deep ReLU nets are not exactly linear).
 */
public final class FigE6DeepNetworks implements FigureSpec {
    /**
     * Settings of the deep-network experiment (E6). Part 1: {@code originals} inputs
     * {@code N(0, I_D)}, mirrored, linear target of unit norm; depth-{@code depth} ReLU and linear
     * networks of width {@code width} from the same small init {@code N(0, (initGain/sqrt(fan_in))^2)};
     * gradient descent. Part 2 (fixed): block-symmetric depth-4 networks, D = 5, 150
     * mirrored pairs, blocks of 6, entries N(0, 0.3^2), step 0.005, {@code blockSteps} steps.
     *
     * @param dimension    D
     * @param originals    P0
     * @param depth        number of weight layers, >= 3
     * @param width        hidden width
     * @param initGain     init scale times sqrt(fan-in)
     * @param learningRate GD step
     * @param steps        GD steps (part 1)
     * @param recordEvery  recording interval (steps)
     * @param blockSteps   GD steps of the block-symmetric runs (part 2)
     */
    public record Params(int dimension, int originals, int depth, int width, double initGain,
                                    double learningRate, int steps, int recordEvery, int blockSteps) {
        public Params {
            Require.positive("dimension", dimension);
            Require.that(originals > dimension, "originals", originals, "must be > dimension " + dimension);
            Require.that(depth >= 3, "depth", depth, "must be >= 3");
            Require.positive("width", width);
            Require.positive("initGain", initGain);
            Require.positive("learningRate", learningRate);
            Require.positive("steps", steps);
            Require.inRange("recordEvery", recordEvery, 1, steps);
            Require.that(blockSteps >= 300, "blockSteps", blockSteps, "must be >= 300 (the step at which the even"
                    + " channel is checked)");
        }

        /** Experiment E6: D = 10, P0 = 500, depth 3, width 50, init 0.02/sqrt(fan-in), lr 0.05, 8000 steps; blocks 1500 steps. */
        public static Params paper() {
            return new Params(10, 500, 3, 50, 0.02, 0.05, 8000, 20, 1500);
        }

        /** Quick: P0 = 150, width 30, 4000 steps; blocks 300 steps. */
        public static Params quick() {
            return new Params(10, 150, 3, 30, 0.02, 0.05, 4000, 40, 300);
        }
    }

    @Override
    public String key() {
        return "fige6";
    }

    @Override
    public String title() {
        return "Deep bias-free ReLU nets: low-rank weights and plateaus like deep linear nets, but not exactly linear (experiment E6)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        FigureData fig = new FigureData(title()).parameters(p);
        lowRankPart(fig, p, seed);
        blockPart(fig, p, seed);
        return fig;
    }

    private static void lowRankPart(FigureData fig, Params p, long seed) {
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 0));
        double[] w = new double[p.dimension()];
        double n = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
            n += w[i] * w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= Math.sqrt(n);
        }
        RegressionData data = new SymmetricRegressionGenerator(p.originals(), p.dimension(), false, true, 0, false)
                .generate(ScalarTarget.linear(w), rng);
        int[] widths = new int[p.depth() + 1];
        Arrays.fill(widths, p.width());
        widths[0] = p.dimension();
        widths[p.depth()] = 1;
        BiasFreeNetwork relu = new BiasFreeNetwork(widths, 0);
        double[] gains = new double[p.depth()];
        Arrays.fill(gains, p.initGain());
        double[] p0 = GaussianInitialisation.fanIn(relu, gains, Seeds.stream(Seeds.derive(seed, 1)));
        // deep networks have no exact linear equivalent: the reference is the same-weights deep linear
        // network at the same step (factor 1), so that the ReLU net's slowdown shows as a later drop
        BiasFreeNetwork linear = EquivalentLinearNetwork.sameWeights(relu, p0, p.learningRate(), 1).network();
        Panel loss = fig.panel("loss", "GD step", "loss").title("a", "loss");
        Panel rank = fig.panel("rank", "GD step", "singular value ratio").logY();
        double[] halves = new double[2];
        double[][] finals = new double[2][];
        BiasFreeNetwork[] nets = {relu, linear};
        String[] names = {"ReLU", "linear"};
        int middle = 2;
        double evenPart = Double.NaN;
        double[] reluSteps = null;
        double[] reluThird = null;
        // the two networks train at once (one-thread scalar passes, whose bytes do not depend on what else runs)
        List<Trajectory> runs = Sweep.run(List.of(relu, linear), seed, Math.min(2, Runtime.getRuntime().availableProcessors()),
                (net, unused) -> new GradientDescent(p.learningRate()).trajectory(new NetworkGradientFlow(net, data, 1), p0,
                        p.steps(), p.recordEvery())).stream().map(Sweep.Row::result).toList();
        for (int i = 0; i < 2; i++) {
            Trajectory tr = runs.get(i);
            double[] k = new GradientDescent(p.learningRate()).steps(tr);
            double[] l = tr.losses();
            loss.line(names[i], k, l);
            halves[i] = Curves.halfDropTime(k, l, 0);
            double[] first = new double[k.length];
            double[] mid2 = new double[k.length];
            double[] mid3 = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                first[j] = LowRankStructure.singularValueRatio(nets[i].layer(tr.state(j), 1), 2);
                mid2[j] = LowRankStructure.singularValueRatio(nets[i].layer(tr.state(j), middle), 2);
                mid3[j] = LowRankStructure.singularValueRatio(nets[i].layer(tr.state(j), middle), 3);
            }
            rank.line(names[i] + " layer 1 s2/s1", k, first).dashed(names[i] + " layer 2 s2/s1", k, mid2)
                    .condition(names[i] + " layer 1 s2/s1", names[i]).condition(names[i] + " layer 2 s2/s1", names[i])
                    .title("b", "s_2/s_1: layer 1 solid, layer 2 dashed");
            if (i == 0) {
                reluSteps = k;
                reluThird = mid3;
            }
            finals[i] = new double[] {l[0], l[l.length - 1], first[k.length - 1], mid2[k.length - 1], mid3[k.length - 1]};
            fig.parameter(names[i] + " half-drop step", halves[i]);
            fig.parameter(names[i] + " final loss", l[l.length - 1]);
            fig.parameter(names[i] + " final s2/s1 layers 1, 2; s3/s1 layer 2",
                    new double[] {finals[i][2], finals[i][3], finals[i][4]});
            if (i == 0) {
                evenPart = evenFraction(relu, tr.finalState(), data);
                fig.parameter("ReLU even part / output (rms over data)", evenPart);
            }
        }
        // after both networks' own curves, so that ReLU and linear keep panel a's colours
        rank.dashed("ReLU layer 2 s3/s1", reluSteps, reluThird).condition("ReLU layer 2 s3/s1", "ReLU layer 2 s_3/s_1");
        // both learn the linear target (loss down by 1000x: the remaining plateau tail is far below)
        fig.check(Check.atMost("ReLU: final loss <= 1e-3 L(0)", 1e-3 * finals[0][0], finals[0][1], 0));
        fig.check(Check.atMost("linear: final loss <= 1e-3 L(0)", 1e-3 * finals[1][0], finals[1][1], 0));
        // the ReLU net is slower: the linear signal passes each hidden ReLU layer at (1+alpha)/2 gain
        fig.check(Check.atLeast("ReLU half-drop later than linear (ratio >= 1.5; reference run 2.8)", 1.5, halves[0] / halves[1], 0));
        // low rank from small init: the unlearned directions keep their init size, a singular value of
        // ~ initGain (sqrt n_out + sqrt n_in)/sqrt(fan-in) ~ 0.05 against sigma_1 ~ 1 (balanced layers of a
        // unit-norm map); a learned extra direction would be O(1): tolerance 0.1
        fig.check(Check.atMost("ReLU layer 1 rank one: s2/s1 <= 0.1", 0, finals[0][2], 0.1));
        fig.check(Check.atMost("linear layer 1 rank one: s2/s1 <= 0.1", 0, finals[1][2], 0.1));
        fig.check(Check.atMost("linear layer 2 rank one: s2/s1 <= 0.1", 0, finals[1][3], 0.1));
        fig.check(Check.atMost("ReLU layer 2 at most rank two: s3/s1 <= 0.1", 0, finals[0][4], 0.1));
        // ... and genuinely two channels, ReLU(+w.x) and ReLU(-w.x), of similar strength on mirrored data
        fig.check(Check.atLeast("ReLU layer 2 rank two: s2/s1 >= 0.3", 0.3, finals[0][3], 0));
        // the learned ReLU function is linear up to a small even part (reference run: 0.2%)
        fig.check(Check.atMost("ReLU learned function: even part <= 1% of output", 0, evenPart, 0.01));
    }

    /** RMS of the even part over the data divided by the RMS of the output. */
    private static double evenFraction(BiasFreeNetwork net, double[] params, RegressionData data) {
        DMatrixRMaj x = data.inputs();
        double even = 0;
        double all = 0;
        double[] row = new double[x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * x.numCols, row, 0, row.length);
            double e = OddEvenDecomposition.evenPart(net, params, row)[0];
            double f = net.output(params, row)[0];
            even += e * e;
            all += f * f;
        }
        return Math.sqrt(even / all);
    }

    private static void blockPart(FigureData fig, Params p, long seed) {
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 2));
        double[] b = new double[5];
        for (int i = 0; i < 5; i++) {
            b[i] = rng.nextGaussian();
        }
        RegressionData data = new SymmetricRegressionGenerator(150, 5, false, true, 0, false)
                .generate(ScalarTarget.linear(b), rng);
        double lr = 0.005;
        Panel block = fig.panel("block", "GD step", "even channel |A+B|/|A| (middle layers)").logY()
                .title("c", "even channel: ReLU (alpha = 0) grows it, alpha = 1 keeps it at zero");
        for (double alpha : new double[] {0, 1}) {
            BiasFreeNetwork net = new BiasFreeNetwork(new int[] {5, 12, 12, 12, 1}, alpha);
            double[] p0 = BlockSymmetricInitialisation.linearSubmanifold(net, 0.3, Seeds.stream(Seeds.derive(seed, 3)),
                    new DMatrixRMaj[4]);
            Trajectory tr = new GradientDescent(lr).trajectory(new NetworkGradientFlow(net, data, 1), p0, p.blockSteps(), 10);
            double[] k = new GradientDescent(lr).steps(tr);
            double[] even = new double[k.length];
            double worstAnti = 0;
            double at300 = 0;
            for (int j = 0; j < k.length; j++) {
                double[] s = tr.state(j);
                // floor at 1e-18 so that exact zeros show on the log axis
                even[j] = Math.max(1e-18, Math.max(BlockSymmetricReduction.evenChannelRatio(net, s, 2),
                        BlockSymmetricReduction.evenChannelRatio(net, s, 3)));
                worstAnti = Math.max(worstAnti, BlockSymmetricReduction.firstLayerAntisymmetry(net, s));
                if (k[j] == 300) {
                    at300 = even[j];
                }
            }
            block.line("alpha=" + alpha, k, even).condition("alpha=" + alpha, "alpha = " + alpha);
            // the block symmetry S = swap o negate is exact for every alpha: only rounding breaks it
            fig.check(Check.atMost("block alpha=" + alpha + ": first layer stays [A; -A] (rel. error)", 0, worstAnti, 1e-14));
            if (alpha == 1) {
                fig.check(Check.atMost("block alpha=1: even channel stays at rounding level", 0, Curves.max(even), 1e-12));
                double step = BlockSymmetricReduction.reducedStep(lr, 1, 4);
                Trajectory reduced = new EulerIntegrator(step).integrate(new DeepLinearFlow(data.moments(),
                        new int[] {6, 6, 6}, 1), BlockSymmetricReduction.reducedState(net, p0),
                        TimeGrid.everySteps(0, step, p.blockSteps(), 10));
                // same arithmetic up to rounding (1e-12)
                fig.check(Check.atMost("block alpha=1 = reduced deep linear net (rates 1/2,1/4,1/4,1/2): max loss gap",
                        0, Curves.maxGap(tr.losses(), reduced.losses()), 1e-12));
            } else {
                // the even channel leaves the sub-manifold within 300 steps (> 1e-2)
                fig.check(Check.atLeast("block alpha=0: even channel at step 300 > 1e-2", 1e-2, at300, 0));
            }
        }
    }
}
