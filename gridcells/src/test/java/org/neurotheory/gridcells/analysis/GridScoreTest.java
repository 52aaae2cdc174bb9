package org.neurotheory.gridcells.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks 17 and 18: gridness and autocorrelograms of synthetic 50 x 50 maps over [-2 pi, 2 pi]^2. */
class GridScoreTest {
    private static final int N = 50;
    private static final double E = 2 * Math.PI;

    /** Sum of plane waves with wave vectors of length k at the given angles (degrees). */
    static double[] waves(double k, double rotation, double... anglesDeg) {
        double[] m = new double[N * N];
        for (int iy = 0; iy < N; iy++) {
            for (int ix = 0; ix < N; ix++) {
                double x = RateMap.coordinate(ix, N, E);
                double y = RateMap.coordinate(iy, N, E);
                double s = 0;
                for (double a : anglesDeg) {
                    double t = Math.toRadians(a + rotation);
                    s += Math.cos(k * (Math.cos(t) * x + Math.sin(t) * y));
                }
                m[iy * N + ix] = s;
            }
        }
        return m;
    }

    @Test
    void hexagonalMapScoresHigh() {
        GridScore g = GridScore.of(waves(1.5, 0, 0, 60, 120), N);
        // reference port of the standard scorer with the overlap fix gives ~1.49 (cubic rotation); bilinear is close
        assertTrue(g.grid60() > 1.2, "grid60 " + g.grid60());
        assertTrue(g.grid60MinMax() > 0.5, "min-max " + g.grid60MinMax());
    }

    @Test
    void squareMapScoresAsSquare() {
        GridScore g = GridScore.of(waves(1.5, 0, 0, 90), N);
        assertTrue(g.grid60() < 0, "grid60 " + g.grid60());
        assertTrue(g.grid90() > 1.0, "grid90 " + g.grid90());
    }

    @Test
    void bandAndNoiseAreNotGrids() {
        assertTrue(GridScore.of(waves(1.5, 0, 30), N).grid60() < 0.5);
        double[] noise = new double[N * N];
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = rng.nextGaussian();
        }
        assertTrue(Math.abs(GridScore.of(noise, N).grid60()) < 0.2);
    }

    @Test
    void rotatingAHexagonalMapChangesGrid60Little() {
        double ref = GridScore.of(waves(1.5, 0, 0, 60, 120), N).grid60();
        for (double rot = 7; rot < 60; rot += 11) {
            double g = GridScore.of(waves(1.5, rot, 0, 60, 120), N).grid60();
            assertEquals(ref, g, 0.15, "rotation " + rot);
        }
    }

    @Test
    void autocorrelogramIsOneAtZeroLag() {
        double[] m = new double[N * N];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < m.length; i++) {
            m[i] = 3 + 0.1 * rng.nextGaussian();
        }
        double[] sac = Autocorrelogram.of(m, N);
        assertEquals(1.0, sac[(N - 1) * (2 * N - 1) + N - 1], 1e-12);
        for (double v : sac) {
            assertTrue(v >= -1 && v <= 1);
        }
    }
}
