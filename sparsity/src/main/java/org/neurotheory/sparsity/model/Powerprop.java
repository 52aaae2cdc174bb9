package org.neurotheory.sparsity.model;

import org.neurotheory.core.Require;

/**
 * The Powerpropagation reparameterisation {@code w = psi |psi|^(alpha-1) = sign(psi) |psi|^alpha}
 * (Schwarz et al. 2021, Eq. 1) and its derivative {@code dw/dpsi = alpha |psi|^(alpha-1)}, applied
 * element-wise to a weight tensor (biases are not reparameterised).
 *
 * <p>{@link #apply(float[], float[], float[])} computes {@code A = |psi|^(alpha-1)} once per
 * element and writes both the weight {@code psi A} and the chain-rule factor {@code alpha A}, so a
 * training step pays for the power once. Integer exponents use repeated multiplication (the fast
 * path; {@link Math#pow} is about ten times slower); other exponents use {@link Math#pow}.
 * {@code alpha = 1} is the ordinary network: {@code w = psi}, factor 1.
 *
 * @param alpha exponent, finite and {@code >= 1}
 */
public record Powerprop(double alpha) {
    public Powerprop {
        Require.that(alpha >= 1 && Double.isFinite(alpha), "alpha", alpha, "must be finite and >= 1");
    }

    /** True when {@code alpha} is an integer (the repeated-multiplication fast path). */
    public boolean integerExponent() {
        return alpha == Math.rint(alpha) && alpha <= 64;
    }

    /** {@code |psi|^(alpha-1)}. */
    public double powerMinusOne(double psi) {
        double a = Math.abs(psi);
        if (integerExponent()) {
            double r = 1;
            for (int k = (int) alpha - 1; k > 0; k--) {
                r *= a;
            }
            return r;
        }
        return Math.pow(a, alpha - 1);
    }

    /** The effective weight {@code psi |psi|^(alpha-1)}. */
    public double weight(double psi) {
        return psi * powerMinusOne(psi);
    }

    /** {@code dw/dpsi = alpha |psi|^(alpha-1)}. */
    public double derivative(double psi) {
        return alpha * powerMinusOne(psi);
    }

    /** The parameter giving weight {@code w}: {@code sign(w) |w|^(1/alpha)} (the initialiser's map, Sec. 2.3). */
    public double psi(double w) {
        return alpha == 1 ? w : Math.signum(w) * Math.pow(Math.abs(w), 1 / alpha);
    }

    /**
     * Writes {@code w[i] = psi[i] |psi[i]|^(alpha-1)} and, if {@code dwdpsi} is not null,
     * {@code dwdpsi[i] = alpha |psi[i]|^(alpha-1)}. Allocates nothing.
     */
    public void apply(float[] psi, float[] w, float[] dwdpsi) {
        sameLength("w", w.length, psi.length);
        if (dwdpsi != null) {
            sameLength("dwdpsi", dwdpsi.length, psi.length);
        }
        int n = psi.length;
        float al = (float) alpha;
        if (alpha == 1) {
            System.arraycopy(psi, 0, w, 0, n);
            if (dwdpsi != null) {
                java.util.Arrays.fill(dwdpsi, 1f);
            }
        } else if (alpha == 2) {
            for (int i = 0; i < n; i++) {
                float a = Math.abs(psi[i]);
                w[i] = psi[i] * a;
                if (dwdpsi != null) {
                    dwdpsi[i] = 2f * a;
                }
            }
        } else if (integerExponent()) {
            int m = (int) alpha - 1;
            for (int i = 0; i < n; i++) {
                float a = Math.abs(psi[i]);
                float r = a;
                for (int k = 1; k < m; k++) {
                    r *= a;
                }
                w[i] = psi[i] * r;
                if (dwdpsi != null) {
                    dwdpsi[i] = al * r;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                float r = (float) Math.pow(Math.abs(psi[i]), alpha - 1);
                w[i] = psi[i] * r;
                if (dwdpsi != null) {
                    dwdpsi[i] = al * r;
                }
            }
        }
    }

    /** Double-precision version of {@link #apply(float[], float[], float[])} (gradient checks). */
    public void apply(double[] psi, double[] w, double[] dwdpsi) {
        sameLength("w", w.length, psi.length);
        if (dwdpsi != null) {
            sameLength("dwdpsi", dwdpsi.length, psi.length);
        }
        for (int i = 0; i < psi.length; i++) {
            double r = powerMinusOne(psi[i]);
            w[i] = psi[i] * r;
            if (dwdpsi != null) {
                dwdpsi[i] = alpha * r;
            }
        }
    }

    /** Writes {@code psi[i] = sign(w[i]) |w[i]|^(1/alpha)}: the parameters whose weights are {@code w}. */
    public void inverse(float[] w, float[] psi) {
        sameLength("psi", psi.length, w.length);
        for (int i = 0; i < w.length; i++) {
            psi[i] = (float) psi(w[i]);
        }
    }

    private static void sameLength(String name, int length, int expected) {
        if (length != expected) {
            Require.that(false, name + ".length", length, "must equal " + expected);
        }
    }
}
