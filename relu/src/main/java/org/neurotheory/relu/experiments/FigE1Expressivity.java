package org.neurotheory.relu.experiments;

import java.util.Arrays;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.GaussianInitialisation;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.DepthSeparationNetwork;
import org.neurotheory.relu.theory.ExpressivityFloor;

/**
 * Expressivity and depth separation (abstract claims 1 and 4; experiment E1). Panel
 * {@code training}: loss of bias-free ReLU networks of depth 2, 3 and 4 on the odd target
 * {@code x_1 x_2 x_3} with the best-linear floor (dashed): depth 2 stops exactly at the floor, deeper
 * networks go below it. Panel {@code example}: the explicit three-layer
 * network of {@link org.neurotheory.relu.theory.DepthSeparationNetwork} on
 * the unit circle, {@code g(cos theta, sin theta)}, an odd nonlinear function, with its best linear fit.
 */
public final class FigE1Expressivity implements FigureSpec {
    /**
     * Settings of the expressivity / depth-separation experiment (E1): {@code originals} inputs
     * {@code N(0, I_3)}, mirrored, target {@code y = x_1 x_2 x_3} (odd, no linear part); bias-free ReLU
     * networks of depth 2 (width {@code shallowWidth}) and depths 3 and 4 (width {@code deepWidth}),
     * He initialisation with the last layer scaled by 0.1, gradient descent.
     *
     * @param originals    P0
     * @param shallowWidth hidden width of the depth-2 network
     * @param deepWidth    hidden width of the depth-3 and depth-4 networks
     * @param shallowLr    GD step, depth 2
     * @param deepLr       GD step, depths 3 and 4
     * @param steps        GD steps
     * @param recordEvery  recording interval (steps)
     */
    public record Params(int originals, int shallowWidth, int deepWidth, double shallowLr, double deepLr,
                                     int steps, int recordEvery) {
        public Params {
            Require.that(originals > 3, "originals", originals, "must be > 3");
            Require.positive("shallowWidth", shallowWidth);
            Require.positive("deepWidth", deepWidth);
            Require.positive("shallowLr", shallowLr);
            Require.positive("deepLr", deepLr);
            Require.positive("steps", steps);
            Require.inRange("recordEvery", recordEvery, 1, steps);
        }

        /** Experiment E1: P0 = 1000, widths 200 / 100, lr 0.02 / 0.01, 20000 steps. */
        public static Params paper() {
            return new Params(1000, 200, 100, 0.02, 0.01, 20000, 50);
        }

        /** Quick: P0 = 200, widths 100 / 30, lr 0.02 / 0.02, 1500 steps. */
        public static Params quick() {
            return new Params(200, 100, 30, 0.02, 0.02, 1500, 20);
        }
    }

    @Override
    public String key() {
        return "fige1";
    }

    @Override
    public String title() {
        return "Two-layer bias-free ReLU nets cannot beat the best linear fit on odd targets; deeper ones can (experiment E1)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        FigureData fig = new FigureData(title()).parameters(p);
        RegressionData data = new SymmetricRegressionGenerator(p.originals(), 3, false, true, 0, false)
                .generate(ScalarTarget.tripleProduct(), Seeds.stream(Seeds.derive(seed, 0)));
        double floor = ExpressivityFloor.empirical(data);
        fig.parameter("best-linear loss (floor)", floor);
        Panel training = fig.panel("training", "GD step", "training loss").title("a", "loss by depth: depth 2 stays on the floor");
        double[] finals = new double[3];
        // the three depths train at once, longest first (the deep ones on the one-thread scalar pass, whose
        // bytes do not depend on what else runs), each from its own seed: the same trajectories as one after another
        Trajectory[] runs = new Trajectory[5];
        for (Sweep.Row<Integer, Trajectory> row : Sweep.run(List.of(4, 3, 2), seed,
                Math.min(3, Runtime.getRuntime().availableProcessors()), (depth, unused) -> train(p, data, depth, seed))) {
            runs[row.point()] = row.result();
        }
        for (int depth = 2; depth <= 4; depth++) {
            double lr = depth == 2 ? p.shallowLr() : p.deepLr();
            Trajectory tr = runs[depth];
            double[] k = new GradientDescent(lr).steps(tr);
            double[] loss = tr.losses();
            training.line("depth " + depth, k, loss);
            finals[depth - 2] = loss[loss.length - 1];
            fig.parameter("depth " + depth + " final loss", finals[depth - 2]);
            if (depth == 2) {
                training.referenceLine("best-linear floor", 0, p.steps(), floor)
                        .tag("best-linear floor", "best-linear floor", Role.REFERENCE);
                // theorem: never below the floor; 1e-9 covers rounding of the loss sums
                fig.check(Check.atLeast("depth 2: min loss >= best-linear floor", floor, Curves.min(loss), 1e-9));
                // and gradient descent reaches it: the odd part becomes the least-squares map
                fig.check(Check.relative("depth 2: final loss = floor", floor, finals[0], 1e-3));
            } else {
                // depth separation: clearly below the floor (reference run: 0.09 and 0.08 vs 0.43 after 20000 steps)
                fig.check(Check.atMost("depth " + depth + ": final loss well below the floor (<= 0.8 floor)",
                        0.8 * floor, finals[depth - 2], 0));
            }
        }
        exampleOnCircle(fig);
        return fig;
    }

    /** Gradient descent of the depth-{@code depth} network of experiment E1 on {@code data}. */
    private static Trajectory train(Params p, RegressionData data, int depth, long seed) {
        int width = depth == 2 ? p.shallowWidth() : p.deepWidth();
        double lr = depth == 2 ? p.shallowLr() : p.deepLr();
        int[] widths = new int[depth + 1];
        Arrays.fill(widths, width);
        widths[0] = 3;
        widths[depth] = 1;
        BiasFreeNetwork net = new BiasFreeNetwork(widths, 0);
        double[] gains = new double[depth];
        Arrays.fill(gains, Math.sqrt(2));
        gains[depth - 1] = 0.1 * Math.sqrt(2);
        double[] p0 = GaussianInitialisation.fanIn(net, gains, Seeds.stream(Seeds.derive(seed, 1, depth)));
        return new GradientDescent(lr).trajectory(new NetworkGradientFlow(net, data, 1), p0, p.steps(), p.recordEvery());
    }

    /** The explicit odd nonlinear three-layer network on the unit circle. */
    private static void exampleOnCircle(FigureData fig) {
        BiasFreeNetwork net = DepthSeparationNetwork.architecture();
        double[] params = DepthSeparationNetwork.parameters();
        int n = 361;
        double[] theta = new double[n];
        double[] g = new double[n];
        double[] lin = new double[n];
        double oddness = 0;
        // best linear fit of g on the uniform circle: beta = 2 E[g x] (E[x x^T] = I/2)
        double b1 = 0;
        double b2 = 0;
        for (int i = 0; i < n - 1; i++) {
            double t = 2 * Math.PI * i / (n - 1);
            double v = net.output(params, new double[] {Math.cos(t), Math.sin(t)})[0];
            b1 += 2 * v * Math.cos(t) / (n - 1);
            b2 += 2 * v * Math.sin(t) / (n - 1);
        }
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / (n - 1);
            theta[i] = t;
            g[i] = net.output(params, new double[] {Math.cos(t), Math.sin(t)})[0];
            double gm = net.output(params, new double[] {-Math.cos(t), -Math.sin(t)})[0];
            oddness = Math.max(oddness, Math.abs(g[i] + gm));
            lin[i] = b1 * Math.cos(t) + b2 * Math.sin(t);
            residual = Math.max(residual, Math.abs(g[i] - lin[i]));
        }
        fig.panel("example", "theta (rad)", "g(cos theta, sin theta)").angleX().line("three-layer ReLU net", theta, g)
                .dashed("best linear fit", theta, lin).title("b", "an odd function a ReLU net computes");
        fig.check(Check.atMost("example: odd, max |g(x) + g(-x)|", 0, oddness, 0));
        // not linear: the best linear fit misses g by a finite amount (g(1,0) = 1 but g(1,1)/sqrt2 = 0)
        fig.check(Check.atLeast("example: nonlinear, max |g - best linear| >= 0.1", 0.1, residual, 0));
    }
}
