package org.neurotheory.synaptic.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.synaptic.data.PresynapticRates;

/**
 * What every learning rule of one neuron sees (§2.1-2.3): Bernoulli presynaptic spikes with
 * log-normal rates, the drifting target log-weights ({@link TargetWeights}) and the extra noise
 * sigma_0 xi of the error delta = V_tar - V + sigma_0 xi. The same seed gives the same spikes,
 * targets and noise to every rule ({@link SynapticSimulation}, {@link ClassicalSimulation}) as long
 * as the targets are read at the same steps, so rules can be compared on common random numbers.
 *
 * <p>Spike times are drawn as geometric inter-spike intervals, which is the same Bernoulli process
 * with one random number per spike instead of one per synapse and step. A step allocates nothing.
 */
public final class SynapseEnvironment {
    private final SynapticParameters params;
    private final double[] rates;
    private final double[] logNoSpike;
    private final long[] nextSpike;
    private final int[] active;
    private final TargetWeights targets;
    private final SplittableRandom spikeRng;
    private final SplittableRandom noiseRng;
    private long step;
    private int count;

    /** Rates, targets, spikes and noise from streams 0, 2, 3 and 5 of {@code seed} (1 and 4 are the rules'). */
    public SynapseEnvironment(SynapticParameters params, long seed) {
        this.params = Require.nonNull("params", params);
        int n = params.synapses();
        this.rates = PresynapticRates.draw(n, params.log10RateSd(), params.dt(), Seeds.stream(Seeds.derive(seed, 0)));
        this.targets = new TargetWeights(n, params.muPrior(), params.muPrior(), params.sigma2Prior(), params.dt(),
                params.tau(), Seeds.derive(seed, 2));
        this.spikeRng = Seeds.stream(Seeds.derive(seed, 3));
        this.noiseRng = Seeds.stream(Seeds.derive(seed, 5));
        this.logNoSpike = new double[n];
        this.nextSpike = new long[n];
        this.active = new int[n];
        for (int i = 0; i < n; i++) {
            logNoSpike[i] = Math.log1p(-rates[i] * params.dt());
            nextSpike[i] = interval(i) - 1;
        }
    }

    /** Steps until the next spike of synapse i (geometric, >= 1). */
    private long interval(int i) {
        if (logNoSpike[i] == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        double u = 1.0 - spikeRng.nextDouble(); // in (0, 1]
        return 1 + (long) (Math.log(u) / logNoSpike[i]);
    }

    /** Draws the spikes of the current step into {@link #active()} and returns how many there are. */
    int drawSpikes() {
        final long now = step;
        int c = 0;
        for (int i = 0; i < nextSpike.length; i++) {
            if (nextSpike[i] == now) {
                active[c++] = i;
                nextSpike[i] = now + interval(i);
            }
        }
        count = c;
        return c;
    }

    /** The synapses that spiked at the current (or, after {@link #endStep()}, the last) step; first {@link #spikeCount()} used. */
    int[] active() {
        return active;
    }

    /** Target weight w_tar,i in mV at the current step. */
    double targetWeight(int i) {
        return targets.weight(i, step);
    }

    /** One draw of the error noise sigma_0 xi (mV). */
    double noise() {
        return params.sigma0() * noiseRng.nextGaussian();
    }

    /** Ends the current step. */
    void endStep() {
        step++;
    }

    /** Number of synapses that spiked at the last step. */
    public int spikeCount() {
        return count;
    }

    /** Steps simulated so far. */
    public long stepCount() {
        return step;
    }

    /** Presynaptic rates in Hz, descending (a copy). */
    public double[] rates() {
        return rates.clone();
    }

    /** The parameters. */
    public SynapticParameters parameters() {
        return params;
    }

    /** Target log-weight lambda_i now (draws the OU transition since its last read). */
    public double targetLogWeight(int i) {
        return targets.logWeight(i, step);
    }

    /**
     * The expected error variance sigma_0^2 + sum_j p_j (1 - p_j) v with p_j = nu_j dt, for a
     * per-synapse error term v (mV^2) equal for all synapses (the prior's, Eq. 2.5).
     */
    public double meanErrorVariance(double v) {
        double sum = params.sigma0() * params.sigma0();
        for (double r : rates) {
            double p = r * params.dt();
            sum += p * (1 - p) * v;
        }
        return sum;
    }
}
