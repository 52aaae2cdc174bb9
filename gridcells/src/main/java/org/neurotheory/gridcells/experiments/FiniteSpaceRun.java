package org.neurotheory.gridcells.experiments;

import java.util.Locale;
import java.util.SplittableRandom;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.LossHistory;
import org.neurotheory.gridcells.model.OptimisationResult;
import org.neurotheory.gridcells.theory.CircleEuclideanLoss;

/** Panels and checks shared by the finite-space figures: losses and weights, the budget share, the Euclidean loss against eq. 7. */
final class FiniteFigures {
    private FiniteFigures() {
    }

    /** Separation loss (linear), constraint losses and weights (log) of a finite-space optimisation. */
    static void losses(FigureData data, OptimisationResult r, String second, String secondLambda) {
        losses(data, r.history(), second, secondLambda);
    }

    /** The same panels from a loss history. */
    static void losses(FigureData data, LossHistory h, String second, String secondLambda) {
        double[] step = h.column(LossHistory.STEP);
        data.panel("separation loss", "step", "L_sep").line("separation", step, h.column(LossHistory.FUNCTIONAL));
        data.panel("constraint losses", "step", "loss").logY()
                .line("positivity", step, floor(h.column(LossHistory.POSITIVITY)))
                .line(second, step, floor(h.column(LossHistory.NORM)));
        data.panel("constraint weights", "step", "lambda").logY()
                .line("lambda_p (positivity)", step, h.column(LossHistory.LAMBDA_POS))
                .line(secondLambda, step, h.column(LossHistory.LAMBDA_NORM));
    }

    /** "n (share)" of the {@code count} strongest frequencies. */
    static String strongest(double[] freq, double[] power, int count) {
        String[] labels = new String[freq.length];
        for (int i = 0; i < freq.length; i++) {
            labels[i] = String.format(Locale.ROOT, "%.0f", freq[i]);
        }
        return strongestLabelled(labels, power, count);
    }

    /** "label (share)" of the {@code count} strongest frequencies. */
    static String strongestLabelled(String[] labels, double[] power, int count) {
        Integer[] idx = new Integer[labels.length];
        double total = 0;
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
            total += power[i];
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(power[b], power[a]));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(count, idx.length); i++) {
            sb.append(i == 0 ? "" : ", ").append(labels[idx[i]]).append(String.format(Locale.ROOT, " (%.2f)", power[idx[i]] / total));
        }
        return sb.toString();
    }

    /** Share of the non-constant power on the {@code floor((N-1)/2)} strongest frequencies (the budget). */
    static double budgetShare(ActionableCode code) {
        int d = code.frequencies();
        double[] power = new double[d];
        double total = 0;
        for (int f = 0; f < d; f++) {
            power[f] = code.power(f);
            total += power[f];
        }
        java.util.Arrays.sort(power);
        double top = 0;
        for (int i = 0; i < Math.min(d, (code.neurons() - 1) / 2); i++) {
            top += power[d - 1 - i];
        }
        return top / total;
    }

    /**
     * Check: Monte-Carlo {@code -E|g(x) - g(x')|^2} over uniform pairs of the space against the closed
     * form {@code -sum_d (|a_d|^2 + |b_d|^2)} (eq. 7; distinct integer frequencies), within 4 standard errors.
     */
    static void euclideanCheck(FigureData data, ActionableCode code, int pairs, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        int dim = code.dim();
        double[] x1 = new double[dim];
        double[] x2 = new double[dim];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < pairs; i++) {
            for (int j = 0; j < dim; j++) {
                x1[j] = 2 * Math.PI * rng.nextDouble();
            }
            for (int j = 0; j < dim; j++) {
                x2[j] = 2 * Math.PI * rng.nextDouble();
            }
            double[] g1 = code.rates(x1);
            double[] g2 = code.rates(x2);
            double s = 0;
            for (int j = 0; j < g1.length; j++) {
                s += (g1[j] - g2[j]) * (g1[j] - g2[j]);
            }
            sum += s;
            sumSq += s * s;
        }
        double mean = sum / pairs;
        double se = Math.sqrt(Math.max(0, sumSq / pairs - mean * mean) / pairs);
        int d = code.frequencies();
        double[][] a = new double[d][code.neurons()];
        double[][] b = new double[d][code.neurons()];
        double[] w = code.weights();
        int bs = code.basisSize();
        for (int f = 0; f < d; f++) {
            for (int n = 0; n < code.neurons(); n++) {
                a[f][n] = w[n * bs + 2 * f + 1];
                b[f][n] = w[n * bs + 2 * f + 2];
            }
        }
        data.check(Check.absolute("Euclidean loss L_0: Monte Carlo vs closed form (eq. 7), 4 standard errors",
                CircleEuclideanLoss.loss(a, b), -mean, 4 * se));
    }

    private static double[] floor(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], 1e-12);
        }
        return out;
    }
}
