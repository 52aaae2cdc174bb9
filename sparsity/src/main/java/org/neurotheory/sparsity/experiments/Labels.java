package org.neurotheory.sparsity.experiments;

/** Series labels shared by the module's figures. */
final class Labels {
    private Labels() {
    }

    /** {@code alpha=2}, or {@code alpha=1.5} for non-integers. */
    static String alpha(double alpha) {
        return "alpha=" + (alpha == Math.rint(alpha) ? String.valueOf((int) alpha) : String.valueOf(alpha));
    }
}
