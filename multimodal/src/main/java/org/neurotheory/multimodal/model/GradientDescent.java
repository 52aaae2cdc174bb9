package org.neurotheory.multimodal.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;

/**
 * Full-batch gradient descent on a {@link FusionObjective}, recording what the paper measures
 * every epoch (card 2.4-2.5). It is the Euler discretisation of the gradient flow with step eta,
 * so {@code t = eta * epoch}. Like the official sweeps it can stop once the training loss falls
 * below a threshold (1e-4 there; 0 disables). The loop allocates nothing.
 *
 * @param learningRate eta > 0
 * @param maxEpochs    number of updates at most, > 0
 * @param stopLoss     stop when the loss before an update is below this (>= 0; 0 = never)
 */
public record GradientDescent(double learningRate, int maxEpochs, double stopLoss) {
    /** The official sweeps' early-stopping threshold. */
    public static final double CODE_STOP_LOSS = 1e-4;

    public GradientDescent {
        Require.positive("learningRate", learningRate);
        Require.positive("maxEpochs", maxEpochs);
        Require.nonNegative("stopLoss", stopLoss);
    }

    /** Runs without a generalisation-error record. */
    public TrainingRun run(FusionObjective objective, double[] theta0) {
        return run(objective, theta0, null);
    }

    /**
     * Runs from theta0 (not modified).
     *
     * @param population when non-null, E_g is recorded every epoch
     * @throws DivergenceException when the loss or parameters stop being finite (carries the last
     *                             finite parameters)
     */
    public TrainingRun run(FusionObjective objective, double[] theta0, GeneralisationError population) {
        Require.nonNull("objective", objective);
        FusionNetwork net = objective.network();
        Require.length("theta0", theta0, net.size());
        int dA = net.architecture().dimA();
        int d = net.architecture().inputs();
        double[] theta = theta0.clone();
        double[] dir = new double[theta.length];
        double[] totals = new double[d];
        double[] loss = new double[maxEpochs];
        double[] wa = new double[maxEpochs];
        double[] wb = new double[maxEpochs];
        double[] eg = population == null ? null : new double[maxEpochs];
        int n = 0;
        boolean stopped = false;
        for (int i = 0; i <= maxEpochs; i++) {
            double l = objective.evaluate(theta, dir, totals);
            if (!Double.isFinite(l)) {
                throw new DivergenceException("loss became " + l + " at epoch " + i, i * learningRate, theta);
            }
            if (i > 0) {
                // totals of the current theta = the weights after update i - 1
                wa[i - 1] = summary(totals, 0, dA);
                wb[i - 1] = summary(totals, dA, d);
                if (eg != null) {
                    eg[i - 1] = population.of(totals);
                }
            }
            if (i == maxEpochs) {
                break;
            }
            if (stopLoss > 0 && l < stopLoss) {
                stopped = true;
                break;
            }
            loss[i] = l;
            for (int k = 0; k < theta.length; k++) {
                double next = theta[k] + learningRate * dir[k];
                if (!Double.isFinite(next)) {
                    // theta[0..k-1] already moved: undo them so the exception carries the finite state of epoch i
                    for (int j = 0; j < k; j++) {
                        theta[j] -= learningRate * dir[j];
                    }
                    throw new DivergenceException("parameters became non-finite at epoch " + i, i * learningRate, theta);
                }
                theta[k] = next;
            }
            n = i + 1;
        }
        return new TrainingRun(learningRate, Arrays.copyOf(loss, n), Arrays.copyOf(wa, n), Arrays.copyOf(wb, n),
                eg == null ? null : Arrays.copyOf(eg, n), totals.clone(), theta, stopped);
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
