package org.neurotheory.synaptic.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * The optimal ("target") weights w_tar,i = exp(lambda_i), whose log-weights drift as independent
 * Ornstein-Uhlenbeck processes (Eq. 2.2): d lambda = (mu_prior - lambda) dt/tau +
 * sqrt(2 sigma_prior^2 / tau) dW, stationary law N(mu_prior, sigma_prior^2).
 *
 * <p>Event driven: lambda_i is advanced only when it is read, with the exact OU transition over
 * the elapsed time, lambda <- mu + (lambda - mu) e^{-t/tau} + sqrt(sigma^2 (1 - e^{-2t/tau})) xi.
 * This is the exact law at every read time (the successor code uses the Euler step, whose
 * stationary variance is larger by a factor 1/(1 - dt/(2 tau))).
 */
public final class TargetWeights {
    private final double[] lambda;
    private final long[] updatedAt;
    private final double muPrior;
    private final double sigma2Prior;
    private final double dt;
    private final double tau;
    private final SplittableRandom rng;

    /**
     * @param n           number of synapses
     * @param lambda0     initial log-weight of every synapse
     * @param muPrior     stationary mean
     * @param sigma2Prior stationary variance
     * @param dt          step in s
     * @param tau         time constant in s
     * @param seed        seed of the drift noise
     */
    public TargetWeights(int n, double lambda0, double muPrior, double sigma2Prior, double dt, double tau, long seed) {
        Require.positive("n", n);
        Require.finite("lambda0", lambda0);
        Require.finite("muPrior", muPrior);
        Require.positive("sigma2Prior", sigma2Prior);
        Require.positive("dt", dt);
        Require.positive("tau", tau);
        this.lambda = new double[n];
        Arrays.fill(lambda, lambda0);
        this.updatedAt = new long[n];
        this.muPrior = muPrior;
        this.sigma2Prior = sigma2Prior;
        this.dt = dt;
        this.tau = tau;
        this.rng = new SplittableRandom(seed);
    }

    /** Number of synapses. */
    public int size() {
        return lambda.length;
    }

    /**
     * Target log-weight lambda_i at time step {@code step}; reads must not go back in time.
     *
     * @throws IllegalArgumentException if {@code step} is earlier than the last read of synapse i
     */
    public double logWeight(int i, long step) {
        long elapsed = step - updatedAt[i];
        if (elapsed > 0) {
            double decay = Math.exp(-elapsed * dt / tau);
            double sd = Math.sqrt(sigma2Prior * (1 - decay * decay));
            lambda[i] = muPrior + (lambda[i] - muPrior) * decay + sd * rng.nextGaussian();
            updatedAt[i] = step;
        } else if (elapsed < 0) {
            throw new IllegalArgumentException("step = " + step + " is not allowed: synapse " + i
                    + " was last read at step " + updatedAt[i]);
        }
        return lambda[i];
    }

    /** Target weight w_tar,i = exp(lambda_i) in mV at time step {@code step}. */
    public double weight(int i, long step) {
        return Math.exp(logWeight(i, step));
    }
}
