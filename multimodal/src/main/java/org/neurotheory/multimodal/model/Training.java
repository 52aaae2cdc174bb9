package org.neurotheory.multimodal.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.core.ode.GradientFlow;
import org.neurotheory.core.ode.StepObserver;

/**
 * Full-batch gradient descent on a {@link FusionObjective} with what the paper measures recorded
 * every epoch (§2.4-2.5): core's {@link GradientDescent} (the Euler discretisation of the
 * gradient flow with step eta, so {@code t = eta * epoch}) with a {@link StepObserver} that reads the
 * end-to-end weights of each visited state. Like the official sweeps it can stop once the training
 * loss falls below a threshold (1e-4 there; 0 disables). The loop allocates nothing.
 *
 * @param learningRate eta > 0
 * @param maxEpochs    number of updates at most, > 0
 * @param stopLoss     stop when the loss before an update is below this (>= 0; 0 = never)
 */
public record Training(double learningRate, int maxEpochs, double stopLoss) {
    /** The official sweeps' early-stopping threshold. */
    public static final double CODE_STOP_LOSS = 1e-4;

    public Training {
        Require.positive("learningRate", learningRate);
        Require.positive("maxEpochs", maxEpochs);
        Require.nonNegative("stopLoss", stopLoss);
    }

    /** Runs without a generalisation-error record. */
    public TrainingRun run(FusionObjective objective, double[] theta0) {
        return run(objective, theta0, null);
    }

    /**
     * Runs from theta0 (not modified). {@code losses[k]} is the loss before update k + 1 and
     * {@code W^tot[k]} (and E_g) the end-to-end weights after it.
     *
     * @param population when non-null, E_g is recorded every epoch
     * @throws DivergenceException when the loss or parameters stop being finite (carries the last
     *                             finite parameters and their time eta * epoch)
     */
    public TrainingRun run(FusionObjective objective, double[] theta0, GeneralisationError population) {
        Require.nonNull("objective", objective);
        FusionNetwork net = objective.network();
        Require.length("theta0", theta0, net.size());
        int dA = net.architecture().dimA();
        int d = net.architecture().inputs();
        WithTotals flow = new WithTotals(objective, d);
        double[] wa = new double[maxEpochs];
        double[] wb = new double[maxEpochs];
        double[] eg = population == null ? null : new double[maxEpochs];
        GradientDescent gd = new GradientDescent(learningRate).withStopLoss(stopLoss);
        StepObserver afterUpdate = (t, theta, loss) -> {
            long epoch = gd.step(t);
            if (epoch > 0) {
                // totals of the current theta = the weights after update epoch - 1
                wa[(int) epoch - 1] = summary(flow.totals, 0, dA);
                wb[(int) epoch - 1] = summary(flow.totals, dA, d);
                if (eg != null) {
                    eg[(int) epoch - 1] = population.of(flow.totals);
                }
            }
        };
        GradientDescent.Run run = gd.run(flow, theta0, maxEpochs, afterUpdate);
        double[] theta = run.finalState();
        if (!run.stopped()) {
            double t = maxEpochs * learningRate;
            double loss = flow.lossAndDerivative(t, theta, new double[theta.length]);
            if (!Double.isFinite(loss)) {
                throw new DivergenceException("loss became " + loss + " at epoch " + maxEpochs, t, theta);
            }
            afterUpdate.observe(t, theta, loss);
        }
        int n = run.steps();
        return new TrainingRun(learningRate, run.losses(), Arrays.copyOf(wa, n), Arrays.copyOf(wb, n),
                eg == null ? null : Arrays.copyOf(eg, n), flow.totals.clone(), theta, run.stopped());
    }

    /** The objective as a core gradient flow whose one-pass evaluation also keeps the end-to-end weights. */
    private static final class WithTotals implements GradientFlow {
        private final FusionObjective objective;
        private final double[] totals;

        WithTotals(FusionObjective objective, int inputs) {
            this.objective = objective;
            this.totals = new double[inputs];
        }

        @Override
        public int dimension() {
            return objective.dimension();
        }

        @Override
        public void derivative(double t, double[] y, double[] yDot) {
            objective.evaluate(y, yDot, totals);
        }

        @Override
        public double loss(double[] y) {
            return objective.loss(y);
        }

        @Override
        public double lossAndDerivative(double t, double[] y, double[] yDot) {
            return objective.evaluate(y, yDot, totals);
        }
    }

    private static double summary(double[] w, int from, int to) {
        if (to - from == 1) {
            return w[from];
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            s += w[i] * w[i];
        }
        return Math.sqrt(s);
    }
}
