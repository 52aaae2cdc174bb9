package org.neurotheory.bioplausible.conv.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;

/**
 * Weight sharing by the lateral-inhibition rate circuit in the single-layer toy (Pogodin et al.
 * 2021, Fig. 4, the official {@code simulate_dynamics}): an input {@code x ~ N(0, I_K)} is held for
 * {@code hold} steps; every step computes {@code z = W x}, advances the circuit one Euler step and
 * applies the Hebbian rule with post-synaptic factor {@code r_i - b} and rate
 * {@code eta_t = eta / sqrt(1 + t / t_x)} after a warm-up of 50 steps (0 before).
 */
public final class ToyCircuitSharing {
    /**
     * Parameters of one circuit run.
     *
     * @param neurons     group size N (100)
     * @param kernel      kernel size k; {@code k^2} inputs
     * @param gamma       anchor strength (0.1)
     * @param circuit     lateral-inhibition constants
     * @param hold        steps each input is held (200 for k = 3, 150 for k = 9)
     * @param lr          learning-rate scale eta (5e-4 for k = 3, 3e-4 for k = 9)
     * @param lrTime      learning-rate decay time t_x (5 for k = 3, 2 for k = 9)
     * @param warmup      steps with zero learning rate at the start (50)
     * @param steps       total Euler steps (1.5M in the official code)
     * @param momentum    heavy-ball momentum (0.95)
     * @param trials      independent trials
     * @param recordEvery record every this many steps
     */
    public record Params(int neurons, int kernel, double gamma, LateralInhibition circuit, int hold, double lr,
                         double lrTime, int warmup, int steps, double momentum, int trials, int recordEvery)
            implements MomentumSchedule {
        public Params {
            Require.that(neurons >= 2, "neurons", neurons, "must be >= 2");
            Require.positive("kernel", kernel);
            Require.nonNegative("gamma", gamma);
            Require.nonNull("circuit", circuit);
            Require.positive("hold", hold);
            Require.positive("lr", lr);
            Require.positive("lrTime", lrTime);
            Require.nonNegative("warmup", warmup);
            Require.positive("steps", steps);
            Require.inRange("momentum", momentum, 0.0, 0.999);
            Require.positive("trials", trials);
            Require.inRange("recordEvery", recordEvery, 1, steps);
        }

        /** The official settings for k = 3 or k = 9 (gamma = 0.1, 1.5M steps). */
        public static Params paper(int kernel) {
            Require.that(kernel == 3 || kernel == 9, "kernel", kernel, "must be 3 or 9 (the official settings)");
            return kernel == 3
                    ? new Params(100, 3, 0.1, LateralInhibition.paper(), 200, 5e-4, 5, 50, 1_500_000, 0.95, 1, 1500)
                    : new Params(100, 9, 0.1, LateralInhibition.paper(), 150, 3e-4, 2, 50, 1_500_000, 0.95, 1, 1500);
        }

        /** Learning rate {@code eta / sqrt(1 + t / t_x)} of step {@code t} after the warm-up, 0 before. */
        public double learningRate(int step) {
            return step > warmup ? lr / Math.sqrt(1 + step / lrTime) : 0;
        }

        /** A copy that runs {@code n} steps. */
        public Params withSteps(int n) {
            return new Params(neurons, kernel, gamma, circuit, hold, lr, lrTime, warmup, n, momentum, trials,
                    Math.min(recordEvery, n));
        }

        /** A copy with another anchor strength. */
        public Params withGamma(double g) {
            return new Params(neurons, kernel, g, circuit, hold, lr, lrTime, warmup, steps, momentum, trials,
                    recordEvery);
        }

        /** A copy with another number of trials. */
        public Params withTrials(int t) {
            return new Params(neurons, kernel, gamma, circuit, hold, lr, lrTime, warmup, steps, momentum, t,
                    recordEvery);
        }
    }

    private ToyCircuitSharing() {
    }

    /** Runs every trial (trial t uses {@code Seeds.derive(seed, t)}), reporting steps to {@code progress}. */
    public static ToyRun run(Params p, long seed, Progress progress) {
        Require.nonNull("params", p);
        Require.nonNull("progress", progress);
        ToyRecording rec = new ToyRecording(p.trials(), p.steps(), p.recordEvery());
        int k2 = p.kernel() * p.kernel();
        double[] x = new double[k2];
        double[] z = new double[p.neurons()];
        double[] post = new double[p.neurons()];
        for (int t = 0; t < p.trials(); t++) {
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, t));
            ToySharingLayer layer = new ToySharingLayer(p.neurons(), k2, rng);
            LateralInhibitionRates rates = new LateralInhibitionRates(p.neurons(), p.circuit());
            rec.start(t, layer);
            for (int i = 0; i < p.steps(); i++) {
                if (i % p.hold() == 0) {
                    Seeds.gaussian(rng, x);
                }
                double lr = p.learningRate(i);
                layer.responses(x, z);
                rates.step(z);
                layer.update(rates.postSynaptic(post), x, lr, p.gamma(), p.momentum());
                if (rec.after(t, i + 1, layer, "circuit toy")) {
                    progress.step(p.recordEvery());
                }
            }
        }
        return rec.run();
    }
}
