package org.neurotheory.synaptic.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.synaptic.data.PresynapticRates;

/**
 * One neuron with N synapses learning their drifting target weights (§2): Bernoulli
 * presynaptic spikes, OU target log-weights ({@link TargetWeights}), delivered PSPs drawn by the
 * {@link Delivery} model, the error delta = V_tar - V + sigma_0 xi (Eq. 2.3) and the
 * per-synapse filter ({@link BayesianSynapseFilter}).
 *
 * <p>The error variance sigma_delta^2 = sigma_0^2 + sum_j x_j v_j is used exactly during the first
 * tau of simulated time and then replaced by its expectation over spikes at the prior,
 * sigma_0^2 + sum_j p_j (1 - p_j) v_prior, as in the successor code. Spike times are drawn as
 * geometric inter-spike intervals, which is the same Bernoulli process with one random number per
 * spike instead of one per synapse and step. A step allocates nothing.
 */
public final class SynapticSimulation {
    private final SynapticParameters params;
    private final Delivery delivery;
    private final double[] rates;
    private final double[] logNoSpike;
    private final long[] nextSpike;
    private final int[] active;
    private final BayesianSynapseFilter filter;
    private final TargetWeights targets;
    private final SplittableRandom spikeRng;
    private final SplittableRandom pspRng;
    private final SplittableRandom noiseRng;
    private final double meanErrorVariance;
    private final long exactErrorSteps;
    private long step;
    private int lastCount;

    /**
     * Initial state as in the successor code: mu_i(0) = mu_prior (1 + xi_i), sigma_i^2(0) =
     * sigma_prior^2, lambda_i(0) = mu_prior.
     */
    public SynapticSimulation(SynapticParameters params, Delivery delivery, long seed) {
        this.params = Require.nonNull("params", params);
        this.delivery = Require.nonNull("delivery", delivery);
        int n = params.synapses();
        this.rates = PresynapticRates.draw(n, params.log10RateSd(), params.dt(), Seeds.stream(Seeds.derive(seed, 0)));
        SplittableRandom init = Seeds.stream(Seeds.derive(seed, 1));
        double[] mu0 = new double[n];
        double[] s0 = new double[n];
        for (int i = 0; i < n; i++) {
            mu0[i] = params.muPrior() * (1 + init.nextGaussian());
            s0[i] = params.sigma2Prior();
        }
        this.filter = new BayesianSynapseFilter(mu0, s0, params.muPrior(), params.sigma2Prior(), params.dt(), params.tau());
        this.targets = new TargetWeights(n, params.muPrior(), params.muPrior(), params.sigma2Prior(), params.dt(),
                params.tau(), Seeds.derive(seed, 2));
        this.spikeRng = Seeds.stream(Seeds.derive(seed, 3));
        this.pspRng = Seeds.stream(Seeds.derive(seed, 4));
        this.noiseRng = Seeds.stream(Seeds.derive(seed, 5));
        this.logNoSpike = new double[n];
        this.nextSpike = new long[n];
        this.active = new int[n];
        double vPrior = delivery.errorVarianceTerm(params.priorMean(), params.priorVariance(), params.fanoK());
        double sum = params.sigma0() * params.sigma0();
        for (int i = 0; i < n; i++) {
            double p = rates[i] * params.dt();
            logNoSpike[i] = Math.log1p(-p);
            nextSpike[i] = interval(i) - 1;
            sum += p * (1 - p) * vPrior;
        }
        this.meanErrorVariance = sum;
        this.exactErrorSteps = Math.round(params.tau() / params.dt());
    }

    /** Steps until the next spike of synapse i (geometric, >= 1). */
    private long interval(int i) {
        if (logNoSpike[i] == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        double u = 1.0 - spikeRng.nextDouble(); // in (0, 1]
        return 1 + (long) (Math.log(u) / logNoSpike[i]);
    }

    /** Advances the simulation by {@code steps} time steps. */
    public void advance(long steps) {
        Require.that(steps >= 0, "steps", steps, "must be >= 0");
        for (long k = 0; k < steps; k++) {
            step();
        }
    }

    private void step() {
        final long now = step;
        final int n = nextSpike.length;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (nextSpike[i] == now) {
                active[count++] = i;
                nextSpike[i] = now + interval(i);
            }
        }
        final boolean exact = now < exactErrorSteps;
        final double k = params.fanoK();
        double error = 0;
        double sigmaDelta2 = params.sigma0() * params.sigma0();
        for (int a = 0; a < count; a++) {
            int i = active[a];
            double mu = filter.mu(i);
            double s = filter.sigma2(i);
            double m = Math.exp(mu + 0.5 * s);
            error += targets.weight(i, now) - delivery.deliver(mu, s, m, k, pspRng);
            if (exact) {
                sigmaDelta2 += delivery.errorVarianceTerm(m, m * m * Math.expm1(s), k);
            }
        }
        double delta = error + params.sigma0() * noiseRng.nextGaussian();
        filter.step(active, count, delta, exact ? sigmaDelta2 : meanErrorVariance);
        lastCount = count;
        step = now + 1;
    }

    /**
     * The synapses whose presynaptic neuron spiked in the last simulated step (ascending indices; empty
     * before the first step): the synapses the filter updated with the error, Eq. (S1). A new array.
     */
    public int[] spikedAtLastStep() {
        return java.util.Arrays.copyOf(active, lastCount);
    }

    /**
     * As {@link #spikedAtLastStep()} without allocating: writes the indices into {@code into} (length
     * at least {@link SynapticParameters#synapses()}) and returns how many there are.
     */
    public int spikedAtLastStep(int[] into) {
        Require.that(into != null && into.length >= lastCount, "into.length", into == null ? "null" : into.length,
                "must be >= " + lastCount);
        System.arraycopy(active, 0, into, 0, lastCount);
        return lastCount;
    }

    /** Steps simulated so far. */
    public long stepCount() {
        return step;
    }

    /** Simulated time in s. */
    public double time() {
        return step * params.dt();
    }

    /** The parameters. */
    public SynapticParameters parameters() {
        return params;
    }

    /** The delivery model. */
    public Delivery delivery() {
        return delivery;
    }

    /** Presynaptic rates in Hz, descending (a copy). */
    public double[] rates() {
        return rates.clone();
    }

    /** The constant error variance used after the first tau, sigma_0^2 + sum_j p_j (1 - p_j) v_prior. */
    public double meanErrorVariance() {
        return meanErrorVariance;
    }

    /** The synapses' beliefs (live view; read only between steps). */
    public BayesianSynapseFilter filter() {
        return filter;
    }

    /** Target log-weight lambda_i now (draws the OU transition since its last read). */
    public double targetLogWeight(int i) {
        return targets.logWeight(i, step);
    }
}
