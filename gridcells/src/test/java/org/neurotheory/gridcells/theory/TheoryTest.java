package org.neurotheory.gridcells.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The closed forms of Sections 3-4 against quadrature and Monte Carlo (checks 5-10). */
class TheoryTest {

    /** Check 5: circle L_0 by a 400-point quadrature (exact for trigonometric polynomials of degree < 200). */
    @Test
    void circleEuclideanLossMatchesQuadrature() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 5;
        int[] freqs = {1, 3, 4, 9};
        double[] a0 = gauss(rng, n);
        double[][] a = new double[freqs.length][];
        double[][] b = new double[freqs.length][];
        for (int d = 0; d < freqs.length; d++) {
            a[d] = gauss(rng, n);
            b[d] = gauss(rng, n);
        }
        int q = 400;
        double loss = 0;
        double ms = 0;
        for (int i = 0; i < q; i++) {
            double[] gi = code(a0, a, b, freqs, 2 * Math.PI * i / q);
            for (double v : gi) {
                ms += v * v / q;
            }
            for (int j = 0; j < q; j++) {
                double[] gj = code(a0, a, b, freqs, 2 * Math.PI * j / q);
                double s = 0;
                for (int c = 0; c < n; c++) {
                    s += (gi[c] - gj[c]) * (gi[c] - gj[c]);
                }
                loss -= s / ((double) q * q);
            }
        }
        assertEquals(CircleEuclideanLoss.loss(a, b), loss, 1e-10 * Math.abs(loss));
        assertEquals(CircleEuclideanLoss.meanSquare(a0, a, b), ms, 1e-10 * ms);
    }

    /** Check 7: w(n) by quadrature of E[(1 - cos n Delta) chi(Delta)] and the reported values at kappa = 2. */
    @Test
    void lowFrequencyWeights() {
        double kappa = 2;
        int q = 2000;
        double meanChi = 0;
        for (int i = 0; i < q; i++) {
            meanChi += LowFrequencyBias.chi(kappa, 2 * Math.PI * i / q) / q;
        }
        assertEquals(1, meanChi, 1e-12);
        for (int n : new int[] {1, 2, 3, 5}) {
            double w = 0;
            for (int i = 0; i < q; i++) {
                double t = 2 * Math.PI * i / q;
                w += (1 - Math.cos(n * t)) * LowFrequencyBias.chi(kappa, t) / q;
            }
            assertEquals(w, LowFrequencyBias.weight(n, kappa), 1e-12, "n = " + n);
        }
        // reported to 5 decimals
        assertEquals(1.31131, LowFrequencyBias.weight(1, kappa), 5e-6);
        assertEquals(1.13484, LowFrequencyBias.weight(2, kappa), 5e-6);
        assertEquals(1.04164, LowFrequencyBias.weight(3, kappa), 5e-6);
        assertEquals(1.00192, LowFrequencyBias.weight(5, kappa), 5e-6);
    }

    /** Check 8: Bessel expansion for n = (2, 3), z = (0.6, 0.8); values given to 7 decimals. */
    @Test
    void besselExpansion() {
        int[] f = {2, 3};
        double[] z = {0.6, 0.8};
        assertEquals(0.3143282, HarmonicExpansion.exact(f, z, 256), 5e-8);
        assertEquals(0.3141367, HarmonicExpansion.termA(z), 5e-8);
        assertEquals(0.3143282, HarmonicExpansion.secondOrder(f, z), 5e-8);
        // I_m / I_0 < 1 and decreasing in m
        for (int m = 1; m < 5; m++) {
            assertTrue(HarmonicExpansion.ratio(m + 1, 1.5) < HarmonicExpansion.ratio(m, 1.5));
        }
    }

    /** Check 9: Fejer constant fractions and non-negativity with minimum 0. */
    @Test
    void fejerFamily() {
        int[] d = {1, 2, 3, 5, 10};
        double[] expected = {0.6667, 0.4737, 0.3636, 0.2466, 0.1358};
        for (int i = 0; i < d.length; i++) {
            assertEquals(expected[i], FejerFamily.constantFraction(d[i]), 5e-5);
            double min = Double.POSITIVE_INFINITY;
            double ms = 0;
            int q = 3960; // a multiple of D + 1 for every D here, so the zeros 2 pi j / (D + 1) are sampled
            for (int j = 0; j < q; j++) {
                double t = 2 * Math.PI * j / q;
                min = Math.min(min, FejerFamily.kernel(d[i], t));
                ms += Math.pow(FejerFamily.unitMeanSquare(d[i], t), 2) / q;
            }
            assertEquals(0, min, 1e-9);
            assertEquals(1, ms, 1e-12);
        }
    }

    /** Check 10: room geometry zeros and disc wavelengths. */
    @Test
    void roomGeometry() {
        for (int n = 1; n <= 3; n++) {
            assertEquals(0, RoomGeometry.box(2 * Math.PI * n / 1.7, 1.7), 1e-25);
            assertEquals(0, RoomGeometry.disc(RoomGeometry.J1_ZEROS[n - 1] / 0.8, 0.8), 1e-18);
        }
        double[] w = RoomGeometry.discWavelengthsPerDiameter();
        double[] reported = {0.820, 0.448, 0.309, 0.236, 0.191};
        for (int i = 0; i < w.length; i++) {
            assertEquals(reported[i], w[i], 5e-4);
        }
        // characteristic function of a disc by Monte Carlo at |k| R = 2
        SplittableRandom rng = new SplittableRandom(3);
        double re = 0;
        int s = 200000;
        for (int i = 0; i < s; i++) {
            double r = Math.sqrt(rng.nextDouble());
            double t = 2 * Math.PI * rng.nextDouble();
            re += Math.cos(2 * r * Math.cos(t)) / s;
        }
        // |E e^{ikx}| = 2 J1(2)/2; MC standard error ~ 1/sqrt(s) ~ 2e-3
        assertEquals(Math.sqrt(RoomGeometry.disc(2, 1)), re, 6e-3);
    }

    /** Check 6: the Gaussian-occupancy closed forms against Monte Carlo, 1-D and 2-D, with and without chi. */
    @Test
    void gaussianOccupancyClosedFormMatchesMonteCarlo() {
        for (int dim = 1; dim <= 2; dim++) {
            for (boolean chi : new boolean[] {false, true}) {
                SplittableRandom rng = new SplittableRandom(10 + dim);
                int n = 3;
                int d = 3;
                double[][] a = new double[d][];
                double[][] b = new double[d][];
                double[][] k = new double[d][dim];
                for (int f = 0; f < d; f++) {
                    a[f] = gauss(rng, n);
                    b[f] = gauss(rng, n);
                    for (int j = 0; j < dim; j++) {
                        k[f][j] = 0.4 + 1.5 * rng.nextDouble();
                    }
                }
                double l = 0.5;
                double exact = GaussianOccupancy.euclideanLoss(a, b, k, 1, l, chi);
                int batches = 20;
                int pairs = 4000;
                double[] means = new double[batches];
                for (int t = 0; t < batches; t++) {
                    double s = 0;
                    for (int p = 0; p < pairs; p++) {
                        double[] x = gauss(rng, dim);
                        double[] y = gauss(rng, dim);
                        double dist = 0;
                        double sq = 0;
                        for (int c = 0; c < n; c++) {
                            double diff = 0;
                            for (int f = 0; f < d; f++) {
                                double px = dot(k[f], x);
                                double py = dot(k[f], y);
                                diff += a[f][c] * (Math.cos(px) - Math.cos(py)) + b[f][c] * (Math.sin(px) - Math.sin(py));
                            }
                            sq += diff * diff;
                        }
                        for (int j = 0; j < dim; j++) {
                            dist += (x[j] - y[j]) * (x[j] - y[j]);
                        }
                        double w = chi ? 1 - Math.exp(-dist / (2 * l * l)) : 1;
                        s -= sq * w / pairs;
                    }
                    means[t] = s;
                }
                double mean = 0;
                for (double v : means) {
                    mean += v / batches;
                }
                double var = 0;
                for (double v : means) {
                    var += (v - mean) * (v - mean) / (batches - 1);
                }
                double se = Math.sqrt(var / batches);
                assertTrue(Math.abs(mean - exact) < 3 * se, "dim " + dim + " chi " + chi + ": MC " + mean + " +- " + se
                        + " vs closed form " + exact);
            }
        }
    }

    /** beta(k) peaks inside the annulus: 2-D, L = 1, l = 0.5 peaks near |k| = 2.2 with limit 1 - Z = 8/9. */
    @Test
    void goldilocksPeak() {
        double best = 0;
        double arg = 0;
        for (double k = 0.01; k < 10; k += 0.001) {
            double b = GaussianOccupancy.beta(k, 1, 0.5, 2);
            if (b > best) {
                best = b;
                arg = k;
            }
        }
        assertEquals(2.2, arg, 0.1);
        assertEquals(8.0 / 9, GaussianOccupancy.beta(50, 1, 0.5, 2), 1e-12);
    }

    /** Hexagon beats square in the annulus at equal shortest vector; spacing of a hexagonal lattice. */
    @Test
    void hexagonPacksAnnulusBetter() {
        double[][] h = LatticePacking.hexagonal(1.2);
        double[][] s = LatticePacking.square(1.2);
        // shortest vector on the inner radius 1/L, outer radius 1/l = 2/L (L = 1, l = 0.5): 18 against 12;
        // a thin annulus holds the six (four) shortest vectors
        assertEquals(18, LatticePacking.annulusCount(h[0], h[1], 0.99 * 1.2, 2 * 1.2));
        assertEquals(12, LatticePacking.annulusCount(s[0], s[1], 0.99 * 1.2, 2 * 1.2));
        assertEquals(6, LatticePacking.annulusCount(h[0], h[1], 1.0, 1.3));
        assertEquals(4, LatticePacking.annulusCount(s[0], s[1], 1.0, 1.3));
        assertEquals(4 * Math.PI / (Math.sqrt(3) * 1.2), LatticePacking.hexagonalSpacing(1.2), 1e-15);
    }

    /** The overlap of two modules is largest when aligned and smallest at a small non-zero angle. */
    @Test
    void moduleOverlapMinimumAtSmallAngle() {
        // spacing / field width = 20, repulsion 0.5 (L = 1): a NumPy version of the same recipe puts the minimum at 14 degrees
        ModuleOrientation o = new ModuleOrientation(2, 0.1, 0.5, 720);
        for (int s = 1; s < 60; s++) {
            assertTrue(o.overlap(s) < o.overlap(0));
        }
        double a = o.leastOverlapDegrees();
        assertTrue(a > 0 && a < 25, "least-overlap angle " + a);
        assertTrue(o.overlap(60) > o.overlap((int) Math.round(a * 2)), "30 degrees is not the minimum");
        // 60-degree symmetry of a hexagonal lattice
        assertEquals(o.overlap(5), o.overlap(125), 1e-9);
    }

    private static double[] code(double[] a0, double[][] a, double[][] b, int[] f, double t) {
        double[] g = a0.clone();
        for (int d = 0; d < f.length; d++) {
            for (int n = 0; n < g.length; n++) {
                g[n] += a[d][n] * Math.cos(f[d] * t) + b[d][n] * Math.sin(f[d] * t);
            }
        }
        return g;
    }

    private static double[] gauss(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
