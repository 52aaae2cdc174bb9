package org.neurotheory.bioplausible.conv.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.core.random.Seeds;

/**
 * Stochastic gradient descent on the weight-sharing objective in the single-layer toy (Pogodin et
 * al. 2021, Fig. 4, the official {@code simulate_instant}): every iteration draws a fresh
 * {@code x ~ N(0, I_K)}, shown to all N neurons, and applies
 * {@code m_i <- mu m_i + eta_t [-(z_i - zbar) x - gamma (w_i - w_i^init)]} with
 * {@code eta_t = eta_0 / (t_0 + t)}.
 */
public final class ToySgdSharing {
    /**
     * Parameters of one (k, gamma) configuration.
     *
     * @param neurons     group size N (100)
     * @param kernel      kernel size k; the layer has {@code k^2} inputs
     * @param gamma       anchor strength gamma >= 0
     * @param iterations  number of SGD steps (2000)
     * @param trials      independent trials (10)
     * @param lr0         learning-rate numerator eta_0 (0.5; the official code uses 0.2 for k = 18)
     * @param lrOffset    learning-rate offset t_0 (1000)
     * @param momentum    heavy-ball momentum (0.95)
     * @param recordEvery record every this many iterations
     */
    public record Params(int neurons, int kernel, double gamma, int iterations, int trials, double lr0,
                         double lrOffset, double momentum, int recordEvery) {
        public Params {
            Require.that(neurons >= 2, "neurons", neurons, "must be >= 2");
            Require.positive("kernel", kernel);
            Require.nonNegative("gamma", gamma);
            Require.positive("iterations", iterations);
            Require.positive("trials", trials);
            Require.positive("lr0", lr0);
            Require.positive("lrOffset", lrOffset);
            Require.inRange("momentum", momentum, 0.0, 0.999);
            Require.inRange("recordEvery", recordEvery, 1, iterations);
        }

        /** The official settings for kernel {@code k} and anchor {@code gamma}: N = 100, 2000 steps, 10 trials. */
        public static Params paper(int kernel, double gamma) {
            return new Params(100, kernel, gamma, 2000, 10, kernel == 18 ? 0.2 : 0.5, 1000, 0.95, 10);
        }

        /** Learning rate {@code eta_0 / (t_0 + t)} of step {@code t}. */
        public double learningRate(int step) {
            return lr0 / (lrOffset + step);
        }

        /** Effective time {@code sum_{t < T} eta_t / (1 - mu)} after each of {@code steps}. */
        public double[] effectiveTime(double[] steps) {
            double[] out = new double[steps.length];
            double sum = 0;
            int t = 0;
            for (int j = 0; j < steps.length; j++) {
                for (; t < steps[j]; t++) {
                    sum += learningRate(t);
                }
                out[j] = sum / (1 - momentum);
            }
            return out;
        }

        /** A copy with another number of trials. */
        public Params withTrials(int t) {
            return new Params(neurons, kernel, gamma, iterations, t, lr0, lrOffset, momentum, recordEvery);
        }
    }

    private ToySgdSharing() {
    }

    /** Runs every trial; trial t uses the stream {@code Seeds.derive(seed, t)}. */
    public static ToyRun run(Params p, long seed) {
        Require.nonNull("params", p);
        int points = p.iterations() / p.recordEvery() + 1 + (p.iterations() % p.recordEvery() == 0 ? 0 : 1);
        double[] its = new double[points];
        double[][] snr = new double[p.trials()][points];
        double[][] cos = new double[p.trials()][points];
        int k2 = p.kernel() * p.kernel();
        double[] x = new double[k2];
        double[] z = new double[p.neurons()];
        for (int t = 0; t < p.trials(); t++) {
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, t));
            ToySharingLayer layer = new ToySharingLayer(p.neurons(), k2, rng);
            int point = 0;
            snr[t][0] = layer.inverseSnr();
            cos[t][0] = layer.meanCosine();
            double[] lastFinite = layer.weights();
            point++;
            for (int i = 0; i < p.iterations(); i++) {
                Seeds.gaussian(rng, x);
                layer.responses(x, z);
                double zbar = 0;
                for (double v : z) {
                    zbar += v;
                }
                zbar /= z.length;
                for (int n = 0; n < z.length; n++) {
                    z[n] -= zbar;
                }
                layer.update(z, x, p.learningRate(i), p.gamma(), p.momentum());
                if ((i + 1) % p.recordEvery() == 0 || i + 1 == p.iterations()) {
                    its[point] = i + 1;
                    snr[t][point] = layer.inverseSnr();
                    cos[t][point] = layer.meanCosine();
                    if (!Double.isFinite(snr[t][point])) {
                        throw new DivergenceException("toy SGD weights diverged at iteration " + (i + 1)
                                + " (k = " + p.kernel() + ", gamma = " + p.gamma() + ")", its[point - 1], lastFinite);
                    }
                    lastFinite = layer.weights();
                    point++;
                }
            }
        }
        return new ToyRun(its, snr, cos);
    }
}
