package org.neurotheory.synaptic.theory;

import org.neurotheory.core.Require;
import org.neurotheory.synaptic.model.SynapticParameters;

/**
 * Steady-state tracking error of the classical linear-feedback rule Delta lambda-hat = eta delta
 * (§2.5, classical baselines; derived here, not given in the paper). Linearising
 * w_tar - w = e^lambda - e^lambda-hat ~ -m e with e = lambda-hat - lambda and m = e^lambda, a spike
 * of a synapse with rate nu maps e -> (1 - eta m) e + eta xi_eff, where xi_eff (variance
 * sigma_eff^2) is the error noise sigma_0 xi plus the other active synapses' mismatch; between spikes
 * lambda drifts as its OU process (Eq. 2.2). The resulting two-variable linear system has the
 * stationary error variance
 * <pre>  &lt;e^2&gt; = sigma_prior^2 / (1 + k tau) + eta sigma_eff^2 / (m (2 - eta m)),
 *   k = nu (1 - (1 - eta m)^2) / 2,</pre>
 * a drift term falling with eta and a noise term growing with it, hence an optimal eta. The noise is
 * self-consistent, sigma_eff^2 = sigma_0^2 + sum_j p_j (1 - p_j) &lt;m^2 e_j^2&gt;. The MSE is the mean of
 * &lt;e^2&gt; over the synapses' rates and over the stationary law of lambda (m log-normal).
 */
public final class ClassicalSteadyState {
    private static final int GRID = 41;
    private static final double HALF_WIDTH = 5;

    private ClassicalSteadyState() {
    }

    /** &lt;e^2&gt; of one synapse with rate {@code nu} (Hz) and target weight {@code m} (mV) for noise {@code sigmaEff2} (mV^2). */
    public static double errorVariance(double nu, double m, double eta, double sigmaEff2, double sigma2Prior, double tau) {
        Require.positive("nu", nu);
        Require.positive("m", m);
        Require.positive("eta", eta);
        Require.that(eta * m < 2, "eta", eta, "must be < 2/m = " + 2 / m + " (the linearised rule is unstable beyond)");
        Require.positive("sigmaEff2", sigmaEff2);
        double shrink = 1 - (1 - eta * m) * (1 - eta * m);
        double k = nu * shrink / 2;
        return sigma2Prior / (1 + k * tau) + eta * eta * sigmaEff2 / shrink;
    }

    /**
     * The part of &lt;e^2&gt; still due to the initial error, averaged over the window
     * [{@code start}, {@code start + length}] (s): the mean error decays by (1 - eta m) per spike, so an
     * initial error of variance {@code initialVariance} contributes
     * {@code initialVariance (e^{-2 a start} - e^{-2 a (start + length)}) / (2 a length)},
     * {@code a = -nu ln(1 - eta m)}. The classical rule has no prior: slow synapses at small eta keep
     * their initial estimates for many tau.
     */
    public static double transientVariance(double nu, double m, double eta, double initialVariance, double start,
                                           double length) {
        Require.nonNegative("initialVariance", initialVariance);
        Require.nonNegative("start", start);
        Require.positive("length", length);
        double a = -nu * Math.log1p(-eta * m);
        double x = 2 * a * length;
        return initialVariance * Math.exp(-2 * a * start) * -Math.expm1(-x) / x;
    }

    /**
     * The classical linear rule's MSE &lt;(lambda-hat_i - lambda_i)^2&gt; for these rates (Hz) and learning
     * rate {@code eta}: {@link #errorVariance} averaged over the rates and over lambda ~ N(mu_prior,
     * sigma_prior^2), with sigma_eff^2 iterated to self-consistency.
     */
    public static double linearMse(SynapticParameters p, double[] rates, double eta) {
        return linearMse(p, rates, new double[Require.nonNull("rates", rates).length], eta, 0, 1);
    }

    /**
     * As {@link #linearMse(SynapticParameters, double[], double)} measured over the window
     * [{@code start}, {@code start + length}] (s) of a run whose estimates start with the squared errors
     * {@code initialError2} (one per rate; the successor's start mu_prior (1 + xi) against
     * lambda(0) = mu_prior gives mu_prior^2 xi^2): adds {@link #transientVariance} per synapse.
     */
    public static double linearMse(SynapticParameters p, double[] rates, double[] initialError2, double eta, double start,
                                   double length) {
        Require.nonNull("p", p);
        Require.allFinite("rates", rates);
        Require.length("initialError2", Require.allFinite("initialError2", initialError2), rates.length);
        Require.positive("eta", eta);
        double[] m = new double[GRID];
        double[] w = new double[GRID];
        double norm = 0;
        for (int g = 0; g < GRID; g++) {
            double z = -HALF_WIDTH + 2 * HALF_WIDTH * g / (GRID - 1);
            m[g] = Math.exp(p.muPrior() + Math.sqrt(p.sigma2Prior()) * z);
            w[g] = Math.exp(-0.5 * z * z);
            norm += w[g];
        }
        double sigmaEff2 = p.sigma0() * p.sigma0();
        double mse = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double others = 0;
            mse = 0;
            for (int i = 0; i < rates.length; i++) {
                double nu = rates[i];
                double pr = nu * p.dt();
                double e2 = 0;
                double m2e2 = 0;
                for (int g = 0; g < GRID; g++) {
                    double v = errorVariance(nu, m[g], eta, sigmaEff2, p.sigma2Prior(), p.tau())
                            + transientVariance(nu, m[g], eta, initialError2[i], start, length);
                    e2 += w[g] * v / norm;
                    m2e2 += w[g] * m[g] * m[g] * v / norm;
                }
                mse += e2 / rates.length;
                others += pr * (1 - pr) * m2e2;
            }
            double next = p.sigma0() * p.sigma0() + others;
            if (Math.abs(next - sigmaEff2) < 1e-12 * next) {
                break;
            }
            sigmaEff2 = next;
        }
        return mse;
    }
}
