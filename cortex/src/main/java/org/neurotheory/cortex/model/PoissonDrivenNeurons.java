package org.neurotheory.cortex.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Unconnected LIF neurons, each driven by its own independent Poisson inputs (check 6):
 * {@code kE} excitatory inputs of efficacy {@code jE} and {@code kI} inhibitory inputs of efficacy
 * {@code jI}, every input firing with probability {@code rate dt} per step. The neurons use the
 * same {@link ExactPropagator} and schedule as {@link CorticalNetwork}; inputs act with no delay.
 * The benchmark of the mean-field rate function against the simulator at the single-neuron level.
 *
 * @param neuron single-neuron constants (E refractory period is used)
 * @param n      number of neurons
 * @param kE     excitatory inputs per neuron
 * @param jE     excitatory efficacy (mV, {@code >= 0})
 * @param kI     inhibitory inputs per neuron
 * @param jI     inhibitory efficacy (mV, {@code <= 0})
 * @param rate   rate of every input (Hz)
 * @param dt     time step (ms)
 */
public record PoissonDrivenNeurons(NeuronParameters neuron, int n, int kE, double jE, int kI, double jI,
                                   double rate, double dt) {
    public PoissonDrivenNeurons {
        Require.nonNull("neuron", neuron);
        Require.positive("n", n);
        Require.nonNegative("kE", kE);
        Require.nonNegative("jE", jE);
        Require.nonNegative("kI", kI);
        Require.that(jI <= 0 && Double.isFinite(jI), "jI", jI, "must be finite and <= 0");
        Require.nonNegative("rate", rate);
        Require.positive("dt", dt);
        Require.that(rate * dt / 1000 <= 1, "rate", rate, "must satisfy rate * dt <= 1");
    }

    /**
     * Simulates {@code steps} steps from V uniform in {@code [0, theta)} and returns the spikes.
     *
     * @param seed seed of initial conditions and inputs
     */
    public SpikeRaster run(int steps, long seed) {
        Require.positive("steps", steps);
        ExactPropagator prop = new ExactPropagator(neuron, dt);
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 4));
        double[] v = new double[n];
        double[] hEx = new double[n];
        double[] hIn = new double[n];
        int[] ref = new int[n];
        double[] active = new double[n];
        Arrays.fill(active, 1.0);
        int[] spikes = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextDouble() * neuron.theta();
        }
        int refSteps = (int) Math.rint(neuron.tauRefE() / dt);
        double q = rate * dt / 1000;
        double wE = jE * prop.excitatoryJump();
        double wI = jI * prop.inhibitoryJump();
        SpikeRaster out = new SpikeRaster(n, (int) (n * steps * dt / 1000 * 20) + 1024);
        for (int s = 0; s < steps; s++) {
            int c = prop.advanceSpiking(v, hEx, hIn, active, ref, 0, n, neuron.theta(), neuron.vReset(), refSteps, spikes, 0);
            for (int k = 0; k < c; k++) {
                out.add(s, spikes[k]);
            }
            scatter(hEx, kE, wE, q, rng);
            scatter(hIn, kI, wI, q, rng);
        }
        return out;
    }

    /** Each of {@code n * k} inputs fires with probability q; input m belongs to neuron m / k. */
    private void scatter(double[] h, int k, double w, double q, SplittableRandom rng) {
        if (k == 0 || q <= 0) {
            return;
        }
        long total = (long) n * k;
        double logQ = Math.log1p(-q);
        long m = -1;
        while (true) {
            m += 1 + (long) (Math.log(1.0 - rng.nextDouble()) / logQ);
            if (m >= total) {
                return;
            }
            h[(int) (m / k)] += w;
        }
    }
}
