package org.neurotheory.bioplausible.conv.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
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
                         double lrOffset, double momentum, int recordEvery) implements MomentumSchedule {
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
        ToyRecording rec = new ToyRecording(p.trials(), p.iterations(), p.recordEvery());
        String what = "toy SGD (k = " + p.kernel() + ", gamma = " + p.gamma() + ")";
        int k2 = p.kernel() * p.kernel();
        double[] x = new double[k2];
        double[] z = new double[p.neurons()];
        for (int t = 0; t < p.trials(); t++) {
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, t));
            ToySharingLayer layer = new ToySharingLayer(p.neurons(), k2, rng);
            rec.start(t, layer);
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
                rec.after(t, i + 1, layer, what);
            }
        }
        return rec.run();
    }
}
