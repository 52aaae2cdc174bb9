package org.neurotheory.synaptic.theory;

import org.neurotheory.core.Require;
import org.neurotheory.synaptic.model.LogNormalBelief;

/**
 * Prediction P1 (§3.2): the change of a synapse's PSP mean under an induction protocol
 * in which the synapse is active (x = 1) and sees the same error delta at each of n pairings. Each
 * pairing applies the filter's likelihood step, g = sigma^2 m / sigma_delta^2,
 * mu += g delta, sigma^2 -= g^2 sigma_delta^2 (Eq. 2.5), so for one pairing
 * Delta ln m ~ (s^2/m)(delta/sigma_delta^2): the relative change is proportional to the normalised
 * PSP variability, log-log slope 1.
 */
public final class LtpResponse {
    private LtpResponse() {
    }

    /**
     * Relative change m_after/m_before - 1 after {@code pairings} likelihood steps with error
     * {@code delta} (mV) and error variance {@code sigmaDelta2} (mV^2), from belief (mu, sigma^2).
     */
    public static double relativeChange(double mu, double sigma2, double delta, double sigmaDelta2, int pairings) {
        Require.finite("mu", mu);
        Require.positive("sigma2", sigma2);
        Require.finite("delta", delta);
        Require.positive("sigmaDelta2", sigmaDelta2);
        Require.positive("pairings", pairings);
        double before = LogNormalBelief.mean(mu, sigma2);
        double u = mu;
        double s = sigma2;
        for (int k = 0; k < pairings; k++) {
            double g = s * LogNormalBelief.mean(u, s) / sigmaDelta2;
            u += g * delta;
            s -= g * g * sigmaDelta2;
        }
        return LogNormalBelief.mean(u, s) / before - 1;
    }
}
