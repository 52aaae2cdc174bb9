package org.neurotheory.sparsity.experiments;

/** Series labels shared by the module's figures. */
final class Labels {
    private Labels() {
    }

    /** {@code alpha=2}, or {@code alpha=1.5} for non-integers. */
    static String alpha(double alpha) {
        return "alpha=" + (alpha == Math.rint(alpha) ? String.valueOf((int) alpha) : String.valueOf(alpha));
    }

    /** {@link #alpha}, marked {@code (baseline)} at alpha = 1 (plain weights, no Powerprop). */
    static String alphaOrBaseline(double alpha) {
        return alpha(alpha) + (alpha == 1 ? " (baseline)" : "");
    }
}
