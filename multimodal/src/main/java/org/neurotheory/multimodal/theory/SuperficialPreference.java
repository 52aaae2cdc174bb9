package org.neurotheory.multimodal.theory;

import org.neurotheory.core.Require;

/**
 * Superficial modality preference in two-layer late fusion (paper Sec. 3.3; §3.3.7), for the
 * toy with rho = 0, sigma_B = 1, sigma_A = r and target {@code w* = (w_A, w_B)}: the network
 * learns A first iff {@code w_A/w_B > 1/r^2} (prioritisation, {@code |Sigma_yxA| > |Sigma_yxB|}),
 * while A explains more of the output iff {@code w_A/w_B > 1/r} (contribution,
 * {@code w_A^2 r^2 > w_B^2}). Between the two curves the faster modality is the less useful one.
 */
public final class SuperficialPreference {
    private SuperficialPreference() {
    }

    /** Prioritisation boundary {@code w_A/w_B = 1/r^2}. */
    public static double prioritisationBoundary(double ratio) {
        Require.positive("ratio", ratio);
        return 1 / (ratio * ratio);
    }

    /** Contribution boundary {@code w_A/w_B = 1/r}. */
    public static double contributionBoundary(double ratio) {
        Require.positive("ratio", ratio);
        return 1 / ratio;
    }

    /**
     * Whether (r, w_A/w_B) lies strictly between the two boundaries, where the modality learned
     * first (A if r > 1, B if r < 1) is the one that contributes less to the output.
     */
    public static boolean isSuperficial(double ratio, double targetRatio) {
        Require.positive("ratio", ratio);
        Require.nonNegative("targetRatio", targetRatio);
        double lo = prioritisationBoundary(ratio);
        double hi = contributionBoundary(ratio);
        return targetRatio > Math.min(lo, hi) && targetRatio < Math.max(lo, hi);
    }
}
