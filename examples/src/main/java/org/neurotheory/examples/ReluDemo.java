package org.neurotheory.examples;

import java.io.PrintStream;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.PairEquivalence;
import org.neurotheory.relu.theory.ReluTimeCourse;

/**
 * relu demo (Zhang, Saxe and Latham, arXiv 2406.12615): a two-layer bias-free ReLU network with
 * antisymmetric-pair initialisation, trained on mirrored data {@code (x, y), (-x, -y)}, follows a
 * linear network trained at half the learning rate exactly (Theorem A), and both follow the
 * closed-form sigmoid of Saxe et al. slowed by {@code (1+alpha)/2}. Prints step, ReLU loss, linear
 * loss and the closed form. jshell equivalent:
 * <pre>
 * var data = SymmetricRegressionGenerator.whitenedSymmetric(200, 4).generate(ScalarTarget.linear(new double[] {1.2, -0.5, 0.3, 0}), new SplittableRandom(1));
 * var net = BiasFreeNetwork.twoLayer(4, 20, 1, 0.0);
 * var tr = new GradientDescent(0.02).trajectory(new NetworkGradientFlow(net, data, 1), PairSymmetricInitialisation.gaussian(net, 1e-5, new SplittableRandom(2), new DMatrixRMaj[2]), 1500, 100);
 * </pre>
 */
public final class ReluDemo {
    private ReluDemo() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the demo, printing to {@code out}; returns {max |L_ReLU - L_linear|, max |L_ReLU - L_theory|}. */
    static double[] run(PrintStream out) {
        double lr = 0.02;
        int steps = 1500;
        RegressionData data = SymmetricRegressionGenerator.whitenedSymmetric(200, 4).withNoise(0.3, true)
                .generate(ScalarTarget.linear(new double[] {1.2, -0.5, 0.3, 0}), new SplittableRandom(1));
        BiasFreeNetwork relu = BiasFreeNetwork.twoLayer(4, 20, 1, 0.0);
        DMatrixRMaj[] base = new DMatrixRMaj[2];
        double[] p0 = PairSymmetricInitialisation.gaussian(relu, 1e-5, new SplittableRandom(2), base);
        Trajectory r = new GradientDescent(lr).trajectory(new NetworkGradientFlow(relu, data, 1), p0, steps, 100);
        double c = PairEquivalence.timeFactor(relu.slope());
        Trajectory l = new GradientDescent(c * lr).trajectory(new NetworkGradientFlow(PairEquivalence.linearNetwork(relu), data, 1), PairEquivalence.linearParameters(relu, p0), steps, 100);
        ReluTimeCourse theory = ReluTimeCourse.fromWhitenedData(data, base[0], base[1], relu.slope(), 1);
        out.println(" step    ReLU loss   linear (lr/2)   closed form");
        double gapLinear = 0;
        double gapTheory = 0;
        for (int i = 0; i < r.size(); i++) {
            double lt = theory.loss(r.time(i));
            double lrelu = r.losses()[i];
            double llin = l.losses()[i];
            gapLinear = Math.max(gapLinear, Math.abs(lrelu - llin));
            gapTheory = Math.max(gapTheory, Math.abs(lrelu - lt));
            out.printf("%5d  %11.8f  %14.8f  %12.8f%n", Math.round(r.time(i) / lr), lrelu, llin, lt);
        }
        out.printf("max |ReLU - linear| = %.1e (Theorem A: exact); max |ReLU - closed form| = %.3f%n", gapLinear, gapTheory);
        return new double[] {gapLinear, gapTheory};
    }
}
