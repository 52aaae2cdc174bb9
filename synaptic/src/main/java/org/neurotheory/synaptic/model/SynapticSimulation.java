package org.neurotheory.synaptic.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * One neuron with N synapses learning their drifting target weights with the Bayesian rule (§2):
 * Bernoulli presynaptic spikes, OU target log-weights and the error noise ({@link SynapseEnvironment}),
 * delivered PSPs drawn by a {@link PspModel}, the error delta = V_tar - V + sigma_0 xi (Eq. 2.3) and
 * the per-synapse filter ({@link BayesianSynapseFilter}) driven by linear or binary
 * {@link Feedback} (§2.5).
 *
 * <p>The error variance sigma_delta^2 = sigma_0^2 + sum_j x_j v_j, with v_j the chosen
 * {@link ErrorVarianceTerm}, is used exactly during the first tau of simulated time and then replaced
 * by its expectation over spikes at the prior, sigma_0^2 + sum_j p_j (1 - p_j) v_prior, as in the
 * successor code. A step allocates nothing.
 */
public final class SynapticSimulation implements LearningSynapses {
    private final SynapticParameters params;
    private final PspModel psp;
    private final ErrorVarianceTerm errorTerm;
    private final Feedback feedback;
    private final SynapseEnvironment env;
    private final BayesianSynapseFilter filter;
    private final SplittableRandom pspRng;
    private final double meanErrorVariance;
    private final long exactErrorSteps;
    private double binarySd2 = Double.NaN;
    private final double[] binaryScores = new double[4];

    /**
     * The matched PSP model and error term of {@code delivery}, linear feedback. Initial state as in
     * the successor code: mu_i(0) = mu_prior (1 + xi_i), sigma_i^2(0) = sigma_prior^2, lambda_i(0) = mu_prior.
     */
    public SynapticSimulation(SynapticParameters params, Delivery delivery, long seed) {
        this(params, Require.nonNull("delivery", delivery).psp(), delivery.errorTerm(), Feedback.linear(), seed);
    }

    /**
     * Any PSP model with any error term and feedback; the same initial state and, for the same seed,
     * the same spikes, targets and noise as every other rule ({@link SynapseEnvironment}).
     */
    public SynapticSimulation(SynapticParameters params, PspModel psp, ErrorVarianceTerm errorTerm, Feedback feedback,
                              long seed) {
        this.params = Require.nonNull("params", params);
        this.psp = Require.nonNull("psp", psp);
        this.errorTerm = Require.nonNull("errorTerm", errorTerm);
        this.feedback = Require.nonNull("feedback", feedback);
        this.env = new SynapseEnvironment(params, seed);
        this.filter = new BayesianSynapseFilter(initialLogWeights(params, seed), constant(params.synapses(), params.sigma2Prior()),
                params.muPrior(), params.sigma2Prior(), params.dt(), params.tau());
        this.pspRng = Seeds.stream(Seeds.derive(seed, 4));
        this.meanErrorVariance = env.meanErrorVariance(errorTerm.of(params.priorMean(), params.priorVariance(), params.fanoK()));
        this.exactErrorSteps = Math.round(params.tau() / params.dt());
    }

    /** The successor code's initial estimates mu_i(0) = mu_prior (1 + xi_i), from stream 1 of {@code seed}. */
    static double[] initialLogWeights(SynapticParameters params, long seed) {
        SplittableRandom init = Seeds.stream(Seeds.derive(seed, 1));
        double[] mu0 = new double[params.synapses()];
        for (int i = 0; i < mu0.length; i++) {
            mu0[i] = params.muPrior() * (1 + init.nextGaussian());
        }
        return mu0;
    }

    private static double[] constant(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    @Override
    public void advance(long steps) {
        Require.that(steps >= 0, "steps", steps, "must be >= 0");
        for (long k = 0; k < steps; k++) {
            step();
        }
    }

    private void step() {
        final long now = env.stepCount();
        final int count = env.drawSpikes();
        final int[] active = env.active();
        final boolean exact = now < exactErrorSteps;
        final double k = params.fanoK();
        double error = 0;
        double sigmaDelta2 = params.sigma0() * params.sigma0();
        for (int a = 0; a < count; a++) {
            int i = active[a];
            double mu = filter.mu(i);
            double s = filter.sigma2(i);
            double m = Math.exp(mu + 0.5 * s);
            error += env.targetWeight(i) - psp.deliver(mu, s, m, k, pspRng);
            if (exact) {
                sigmaDelta2 += errorTerm.of(m, m * m * Math.expm1(s), k);
            }
        }
        double delta = error + env.noise();
        double sd2 = exact ? sigmaDelta2 : meanErrorVariance;
        if (feedback instanceof Feedback.Binary binary) {
            if (sd2 != binarySd2) {
                binaryScores(binary, sd2);
            }
            int j = binary.signal(delta, params.sigma0()) > 0 ? 0 : 2;
            filter.stepWithScores(active, count, binaryScores[j], binaryScores[j + 1]);
        } else {
            filter.step(active, count, delta, sd2);
        }
        env.endStep();
    }

    /**
     * Score and curvature of the binary feedback for f = +1 (elements 0, 1) and f = -1 (2, 3):
     * f r(z) / sigma_delta and r(z) (r(z) + z) / sigma_delta^2, z = -f u_0 sigma_0 / sigma_delta (§2.5).
     * Cached: after the first tau sigma_delta is constant.
     */
    private void binaryScores(Feedback.Binary binary, double sd2) {
        double sd = Math.sqrt(sd2);
        for (int j = 0; j < 2; j++) {
            double f = j == 0 ? 1 : -1;
            double z = -f * binary.u0() * params.sigma0() / sd;
            double r = Feedback.millsRatio(z);
            binaryScores[2 * j] = f * r / sd;
            binaryScores[2 * j + 1] = r * (r + z) / sd2;
        }
        binarySd2 = sd2;
    }

    /**
     * The synapses whose presynaptic neuron spiked in the last simulated step (ascending indices; empty
     * before the first step): the synapses the filter updated with the error, Eq. (S1). A new array.
     */
    public int[] spikedAtLastStep() {
        return Arrays.copyOf(env.active(), env.spikeCount());
    }

    /**
     * As {@link #spikedAtLastStep()} without allocating: writes the indices into {@code into} (length
     * at least {@link SynapticParameters#synapses()}) and returns how many there are.
     */
    public int spikedAtLastStep(int[] into) {
        int lastCount = env.spikeCount();
        Require.that(into != null && into.length >= lastCount, "into.length", into == null ? "null" : into.length,
                "must be >= " + lastCount);
        System.arraycopy(env.active(), 0, into, 0, lastCount);
        return lastCount;
    }

    /** Steps simulated so far. */
    public long stepCount() {
        return env.stepCount();
    }

    /** Simulated time in s. */
    public double time() {
        return env.stepCount() * params.dt();
    }

    @Override
    public SynapticParameters parameters() {
        return params;
    }

    /** How PSPs are delivered. */
    public PspModel psp() {
        return psp;
    }

    /** The error-variance term the synapses assume. */
    public ErrorVarianceTerm errorTerm() {
        return errorTerm;
    }

    /** The feedback the synapses observe. */
    public Feedback feedback() {
        return feedback;
    }

    @Override
    public double[] rates() {
        return env.rates();
    }

    /** The constant error variance used after the first tau, sigma_0^2 + sum_j p_j (1 - p_j) v_prior. */
    public double meanErrorVariance() {
        return meanErrorVariance;
    }

    /** The synapses' beliefs (live view; read only between steps). */
    public BayesianSynapseFilter filter() {
        return filter;
    }

    /** The posterior mean mu_i of the log-weight. */
    @Override
    public double estimatedLogWeight(int i) {
        return filter.mu(i);
    }

    @Override
    public double targetLogWeight(int i) {
        return env.targetLogWeight(i);
    }
}
