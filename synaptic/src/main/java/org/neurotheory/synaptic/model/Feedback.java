package org.neurotheory.synaptic.model;

import org.apache.commons.math3.special.Erf;
import org.neurotheory.core.Require;

/**
 * What the synapses observe of the error delta = V_tar - V + sigma_0 xi (§2.3, successor code of
 * Aitchison et al. 2021): the error itself ({@link Linear}) or only whether it crosses a threshold,
 * f = sign(delta - u_0 sigma_0) ({@link Binary}, the "cerebellar" rule: a climbing-fibre-like
 * spike when the error falls below u_0 sigma_0).
 */
public sealed interface Feedback permits Feedback.Linear, Feedback.Binary {
    /** The successor code's threshold u_0 = -2.1 (in units of sigma_0). */
    double CEREBELLAR_THRESHOLD = -2.1;

    /** Linear feedback: the synapses observe delta. */
    static Feedback linear() {
        return new Linear();
    }

    /** Binary feedback with the successor's threshold u_0 = -2.1. */
    static Feedback binary() {
        return new Binary(CEREBELLAR_THRESHOLD);
    }

    /** Linear feedback (Eq. 2.5). */
    record Linear() implements Feedback {
    }

    /**
     * Binary feedback f = sign(delta - u_0 sigma_0) (§2.5, "Binary/cerebellar").
     *
     * @param u0 threshold in units of sigma_0, finite
     */
    record Binary(double u0) implements Feedback {
        public Binary {
            Require.finite("u0", u0);
        }

        /** The observed signal f = sign(delta - u_0 sigma_0), +1 or -1 (+1 at the threshold itself). */
        public double signal(double delta, double sigma0) {
            return delta >= u0 * sigma0 ? 1.0 : -1.0;
        }
    }

    /**
     * The inverse Mills ratio r(z) = phi(z) / Phi(z) (standard normal density over distribution
     * function) of the binary rules' updates; its asymptotic series for z &lt; -30, where Phi underflows.
     */
    static double millsRatio(double z) {
        if (z < -30) {
            double z2 = z * z;
            return -z / (1 - 1 / z2 + 3 / (z2 * z2));
        }
        return Math.sqrt(2 / Math.PI) * Math.exp(-0.5 * z * z) / Erf.erfc(-z / Math.sqrt(2));
    }
}
