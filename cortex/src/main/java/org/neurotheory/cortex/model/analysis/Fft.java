package org.neurotheory.cortex.model.analysis;

import org.neurotheory.core.Require;

/**
 * In-place iterative radix-2 complex FFT on separate real and imaginary arrays:
 * {@code X_k = sum_n x_n e^{-2 pi i k n / N}} (forward); the inverse divides by N.
 */
public final class Fft {
    private Fft() {
    }

    /** Smallest power of two {@code >= n}. */
    public static int nextPowerOfTwo(int n) {
        Require.positive("n", n);
        int m = 1;
        while (m < n) {
            m <<= 1;
        }
        return m;
    }

    /** Transforms {@code (re, im)} in place; lengths must be equal powers of two. */
    public static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        Require.that(im.length == n, "im.length", im.length, "must equal re.length = " + n);
        Require.that(n > 0 && (n & (n - 1)) == 0, "re.length", n, "must be a power of two");
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double ang = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wr = Math.cos(ang);
            double wi = Math.sin(ang);
            for (int i = 0; i < n; i += len) {
                double cr = 1;
                double ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double t = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = t;
                }
            }
        }
        if (inverse) {
            for (int i = 0; i < n; i++) {
                re[i] /= n;
                im[i] /= n;
            }
        }
    }
}
