package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Real spherical harmonics and their exact rotation by Wigner-D blocks. */
class SphereTest {

    @Test
    void lowDegreesHaveTheirClosedForms() {
        SphericalHarmonics sh = new SphericalHarmonics(2);
        double x = 0.36;
        double y = -0.48;
        double z = 0.8;
        double[] v = sh.at(x, y, z);
        double c1 = Math.sqrt(3 / (4 * Math.PI));
        assertEquals(1 / Math.sqrt(4 * Math.PI), v[0], 1e-15);
        assertEquals(c1 * y, v[1], 1e-15);
        assertEquals(c1 * z, v[2], 1e-15);
        assertEquals(c1 * x, v[3], 1e-15);
        assertEquals(Math.sqrt(5 / (16 * Math.PI)) * (3 * z * z - 1), v[6], 1e-15);
        assertEquals(0.5 * Math.sqrt(15 / Math.PI) * x * y, v[4], 1e-15);
        assertEquals(0.25 * Math.sqrt(15 / Math.PI) * (x * x - y * y), v[8], 1e-15);
    }

    /** Orthonormality over the sphere by Monte Carlo: the Gram matrix is 4 pi E[Y Y^T] = I within sampling error. */
    @Test
    void harmonicsAreOrthonormal() {
        int lmax = 4;
        int b = SphericalHarmonics.size(lmax);
        SphericalHarmonics sh = new SphericalHarmonics(lmax);
        SplittableRandom rng = new SplittableRandom(5);
        double[] gram = new double[b * b];
        int n = 200000;
        double[] y = new double[b];
        double[] x = new double[3];
        for (int i = 0; i < n; i++) {
            Sphere.randomPoint(rng, x);
            sh.at(x[0], x[1], x[2], y, 0, 1);
            for (int a = 0; a < b; a++) {
                for (int c = 0; c < b; c++) {
                    gram[a * b + c] += 4 * Math.PI * y[a] * y[c] / n;
                }
            }
        }
        double worst = 0;
        for (int a = 0; a < b; a++) {
            for (int c = 0; c < b; c++) {
                worst = Math.max(worst, Math.abs(gram[a * b + c] - (a == c ? 1 : 0)));
            }
        }
        // Monte Carlo error of a mean of n terms of variance O(1)-O(10): ~ 3 / sqrt(n) = 0.007; a wrong norm is O(1)
        assertTrue(worst < 0.03, "worst Gram deviation " + worst);
    }

    /** Y(R x) = G(R) Y(x) for random rotations and points, to round-off, up to degree 10. */
    @Test
    void wignerBlocksRotateHarmonicsExactly() {
        int lmax = 10;
        Sphere sphere = new Sphere(lmax);
        int b = sphere.basisSize();
        SplittableRandom rng = new SplittableRandom(9);
        double[] actions = new double[sphere.actionSize() * 3];
        sphere.drawActions(rng, actions, 3);
        int pts = 40;
        double[] xt = new double[3 * pts];
        sphere.drawPoints(rng, xt, pts, pts);
        double[] basis = new double[b * pts];
        double[] rotatedPts = new double[3 * pts];
        double[] rotatedBasis = new double[b * pts];
        double[] predicted = new double[b * pts];
        double worst = 0;
        for (int s = 0; s < 3; s++) {
            sphere.basis(xt, pts, basis);
            // act in place on a copy laid out with the same stride
            System.arraycopy(xt, 0, rotatedPts, 0, xt.length);
            sphere.act(actions, s, rotatedPts, pts, 0, 0, pts);
            sphere.basis(rotatedPts, pts, rotatedBasis);
            sphere.applyAction(actions, s, basis, pts, predicted);
            for (int i = 0; i < b * pts; i++) {
                worst = Math.max(worst, Math.abs(predicted[i] - rotatedBasis[i]));
            }
        }
        assertTrue(worst < 1e-10, "worst |Y(Rx) - G(R) Y(x)| = " + worst);
    }

    /** The transposed action is the transpose: u . G v = (G^T u) . v. */
    @Test
    void transposedActionIsTheAdjoint() {
        Sphere sphere = new Sphere(5);
        int b = sphere.basisSize();
        SplittableRandom rng = new SplittableRandom(2);
        double[] actions = new double[sphere.actionSize()];
        sphere.drawActions(rng, actions, 1);
        double[] u = new double[b];
        double[] v = new double[b];
        for (int i = 0; i < b; i++) {
            u[i] = rng.nextGaussian();
            v[i] = rng.nextGaussian();
        }
        double[] gv = new double[b];
        double[] gtu = new double[b];
        sphere.applyAction(actions, 0, v, 1, gv);
        sphere.addTransposedAction(actions, 0, u, 1, gtu);
        double a = 0;
        double c = 0;
        for (int i = 0; i < b; i++) {
            a += u[i] * gv[i];
            c += gtu[i] * v[i];
        }
        assertEquals(a, c, 1e-12);
    }

    /** Gradients of the sphere objective (kernel loss with chi, positivity, equivariance) against central differences. */
    @Test
    void sphereGradientMatchesCentralDifferences() {
        int n = 6;
        Sphere sphere = new Sphere(3);
        int b = sphere.basisSize();
        FiniteObjectiveParams p = new FiniteObjectiveParams(SeparationLoss.KERNEL, 0.3, 0.5, 1, 12, 15, 3);
        FiniteSpaceObjective obj = new FiniteSpaceObjective(n, sphere, p);
        FiniteSampleSet s = new FiniteSampleSet(sphere, p);
        s.draw(new SplittableRandom(3));
        SplittableRandom rng = new SplittableRandom(11);
        double[] w = new double[n * b];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian() + (i % b == 0 ? 0.5 : 0);
        }
        double[] bInv = new double[b * n];
        for (int i = 0; i < bInv.length; i++) {
            bInv[i] = rng.nextGaussian();
        }
        double[] gw = new double[w.length];
        double[] gb = new double[bInv.length];
        obj.evaluate(w, bInv, s, 0.7, 0.4, gw, gb);
        assertTrue(obj.positivity() > 0, "some negative rates, so the positivity gradient is exercised");
        double h = 1e-6;
        double worstW = 0;
        double scaleW = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            w[i] = v + h;
            double up = obj.evaluate(w, bInv, s, 0.7, 0.4, null, null);
            w[i] = v - h;
            double down = obj.evaluate(w, bInv, s, 0.7, 0.4, null, null);
            w[i] = v;
            worstW = Math.max(worstW, Math.abs((up - down) / (2 * h) - gw[i]));
            scaleW = Math.max(scaleW, Math.abs(gw[i]));
        }
        double worstB = 0;
        double scaleB = 0;
        for (int i = 0; i < bInv.length; i++) {
            double v = bInv[i];
            bInv[i] = v + h;
            obj.evaluate(w, bInv, s, 0.7, 0.4, null, null);
            double up = obj.equivariance();
            bInv[i] = v - h;
            obj.evaluate(w, bInv, s, 0.7, 0.4, null, null);
            double down = obj.equivariance();
            bInv[i] = v;
            worstB = Math.max(worstB, Math.abs((up - down) / (2 * h) - gb[i]));
            scaleB = Math.max(scaleB, Math.abs(gb[i]));
        }
        // h = 1e-6 leaves ~1e-10 relative error; a transposed Wigner block or a missing path is O(1)
        assertTrue(worstW / scaleW < 1e-6, "relative max error of dL/dW " + worstW / scaleW);
        assertTrue(worstB / scaleB < 1e-6, "relative max error of dL_eq/dB " + worstB / scaleB);
    }

    /** A code on degrees 0 and 1 only (4 dimensions, N = 5) with B its pseudo-inverse moves exactly under rotations. */
    @Test
    void degreeOneCodeHasZeroEquivarianceLoss() {
        int n = 5;
        Sphere sphere = new Sphere(4);
        int b = sphere.basisSize();
        FiniteObjectiveParams p = new FiniteObjectiveParams(SeparationLoss.KERNEL, 1, 0.1, 1, 10, 20, 4);
        FiniteSampleSet s = new FiniteSampleSet(sphere, p);
        s.draw(new SplittableRandom(1));
        SplittableRandom rng = new SplittableRandom(2);
        double[] w = new double[n * b];
        DMatrixRMaj wh = new DMatrixRMaj(n, 4);
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < 4; c++) {
                w[i * b + c] = rng.nextGaussian();
                norm += w[i * b + c] * w[i * b + c];
            }
            for (int c = 0; c < 4; c++) {
                wh.set(i, c, w[i * b + c] / Math.sqrt(norm));
            }
        }
        DMatrixRMaj pinv = new DMatrixRMaj(4, n);
        CommonOps_DDRM.pinv(wh, pinv);
        double[] bInv = new double[b * n];
        for (int c = 0; c < 4; c++) {
            for (int q = 0; q < n; q++) {
                bInv[c * n + q] = pinv.get(c, q);
            }
        }
        FiniteSpaceObjective obj = new FiniteSpaceObjective(n, sphere, p);
        obj.evaluate(w, bInv, s, 1, 1, null, null);
        // exact in exact arithmetic; round-off of rates O(1) squared and averaged
        assertEquals(0, obj.equivariance(), 1e-24);
        // a code using degree 2 as well (9 dimensions > N = 5) cannot move exactly with any B
        for (int i = 0; i < n; i++) {
            for (int c = 4; c < 9; c++) {
                w[i * b + c] = rng.nextGaussian();
            }
        }
        obj.evaluate(w, bInv, s, 1, 1, null, null);
        assertTrue(obj.equivariance() > 1e-3, "L_eq of a code beyond the budget " + obj.equivariance());
    }
}
