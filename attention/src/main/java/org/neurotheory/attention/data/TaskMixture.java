package org.neurotheory.attention.data;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.GaussianSampler;
import org.neurotheory.core.data.InContextRegression;

/**
 * In-context vs in-weight learning data of the official code ({@code --icl c}):
 * one fixed task {@code w_fix ~ N(0, I)} rescaled to norm {@code sqrt(D)}; a fraction c of the
 * sequences get fresh random tasks (not whitened) and the rest use {@code w_fix}. {@code c = 0} gives
 * pure-noise context labels {@code y_n ~ N(0, 1)} with {@code y_q = w_fix^T x_q}; {@code c = 1} is the
 * pure in-context task with whitened tasks. Tokens are centred across sequences in every case.
 *
 * @param regression D, N and Lambda
 * @param fixedTask  {@code w_fix}, length D
 */
public record TaskMixture(InContextRegression regression, double[] fixedTask) {
    public TaskMixture {
        Require.nonNull("regression", regression);
        Require.length("fixedTask", fixedTask, regression.dimension());
        Require.allFinite("fixedTask", fixedTask);
        fixedTask = fixedTask.clone();
    }

    /** Draws {@code w_fix ~ N(0, I)} and rescales it to norm {@code sqrt(D)}. */
    public static TaskMixture draw(InContextRegression regression, SplittableRandom rng) {
        Require.nonNull("regression", regression);
        int d = regression.dimension();
        double[] w = new double[d];
        double n = 0;
        for (int i = 0; i < d; i++) {
            w[i] = rng.nextGaussian();
            n += w[i] * w[i];
        }
        double s = Math.sqrt(d / n);
        for (int i = 0; i < d; i++) {
            w[i] *= s;
        }
        return new TaskMixture(regression, w);
    }

    @Override
    public double[] fixedTask() {
        return fixedTask.clone();
    }

    /** P prompts with in-context fraction {@code icl} in [0, 1]. */
    public InContextRegression.Prompts sample(int p, double icl, SplittableRandom rng) {
        Require.positive("p", p);
        Require.probability("icl", icl);
        Require.nonNull("rng", rng);
        if (icl == 1.0) {
            return regression.sample(p, true, true, rng);
        }
        int d = regression.dimension();
        int t = regression.contextLength() + 1;
        // rows (mu * t + n): the flat token layout of Prompts
        double[] x = GaussianSampler.centred(regression.lambda()).sample(p * t, rng).data;
        double[] mean = new double[t * d];
        for (int mu = 0; mu < p; mu++) {
            for (int n = 0; n < t; n++) {
                for (int i = 0; i < d; i++) {
                    mean[n * d + i] += x[(mu * t + n) * d + i] / p;
                }
            }
        }
        int random = (int) Math.floor(p * icl);
        double[] tasks = new double[p * d];
        double[] y = new double[p * t];
        for (int mu = 0; mu < p; mu++) {
            for (int n = 0; n < t; n++) {
                for (int i = 0; i < d; i++) {
                    x[(mu * t + n) * d + i] -= mean[n * d + i];
                }
            }
            if (mu < random) {
                for (int i = 0; i < d; i++) {
                    tasks[mu * d + i] = rng.nextGaussian();
                }
            } else {
                System.arraycopy(fixedTask, 0, tasks, mu * d, d);
            }
            for (int n = 0; n < t; n++) {
                boolean noise = icl == 0.0 && n < t - 1;
                if (noise) {
                    y[mu * t + n] = rng.nextGaussian();
                } else {
                    double dot = 0;
                    for (int i = 0; i < d; i++) {
                        dot += tasks[mu * d + i] * x[(mu * t + n) * d + i];
                    }
                    y[mu * t + n] = dot;
                }
            }
        }
        return new InContextRegression.Prompts(d, t, x, tasks, y);
    }
}
