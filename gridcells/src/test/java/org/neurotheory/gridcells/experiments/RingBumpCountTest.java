package org.neurotheory.gridcells.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fig. 19A's bump count ({@link Fig19aRingBumps#arcsAboveHalf}) on synthetic tuning curves. */
class RingBumpCountTest {
    private static final int M = 800;

    /** A Fejer bump of harmonics 1..10 centred at {@code centre}, plus a ripple of frequency 100 and relative size {@code ripple}. */
    private static double[] bump(double centre, double ripple) {
        double[] v = new double[M];
        for (int i = 0; i < M; i++) {
            double t = 2 * Math.PI * i / M - centre;
            double s = 1;
            for (int n = 1; n <= 10; n++) {
                s += 2 * (1 - n / 11.0) * Math.cos(n * t);
            }
            v[i] = s / 11 + ripple * Math.cos(100 * t + 1);
        }
        return v;
    }

    private static double max(double[] v) {
        return FiniteSpaceRun.max(v);
    }

    private static int localMaxima(double[] v) {
        int count = 0;
        for (int i = 0; i < M; i++) {
            if (v[i] > 0.5 * max(v) && v[i] > v[(i + M - 1) % M] && v[i] >= v[(i + 1) % M]) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aRippledTopIsStillOneBump() {
        double[] v = bump(1, 0.03);
        assertTrue(localMaxima(v) > 1, "the ripple splits the top into several local maxima");
        assertEquals(1, Fig19aRingBumps.arcsAboveHalf(v, max(v)));
    }

    @Test
    void aBumpAcrossZeroIsOneArc() {
        double[] v = bump(0, 0);
        assertEquals(1, Fig19aRingBumps.arcsAboveHalf(v, max(v)));
    }

    @Test
    void twoSeparateBumpsAreTwoArcsAndAConstantNone() {
        double[] a = bump(1, 0);
        double[] b = bump(4, 0);
        double[] v = new double[M];
        double[] flat = new double[M];
        for (int i = 0; i < M; i++) {
            v[i] = a[i] + 0.8 * b[i];
            flat[i] = 2 + 0.01 * Math.cos(2 * Math.PI * i / M);
        }
        assertEquals(2, Fig19aRingBumps.arcsAboveHalf(v, max(v)));
        assertEquals(0, Fig19aRingBumps.arcsAboveHalf(flat, max(flat)));
    }
}
