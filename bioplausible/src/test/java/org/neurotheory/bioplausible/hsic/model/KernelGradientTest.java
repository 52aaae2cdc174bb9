package org.neurotheory.bioplausible.hsic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Finite-difference checks of every kernel's backward pass and of the objective's dL/dK, in double
 * precision. Central differences with step 1e-6 have truncation error ~1e-12 and round-off
 * ~1e-16/1e-6 = 1e-10 relative to O(1) values, so 1e-6 relative leaves a wide margin.
 */
class KernelGradientTest {
    private static final double TOL = 1e-6;

    @Test
    void everyKernelBackwardMatchesFiniteDifferences() {
        for (Kernel kernel : List.of(new GaussianKernel(1.5), new CosineKernel(), new LinearKernel())) {
            INDArray h = Fd.random(1, 6, 4);
            INDArray g = Fd.random(2, 6, 6); // deliberately not symmetric
            INDArray analytic = kernel.backward(h, kernel.matrix(h), g);
            INDArray numeric = Fd.gradient(h, x -> kernel.matrix(x).mul(g).sumNumber().doubleValue());
            Fd.assertMatches(analytic, numeric, TOL, kernel.toString());
        }
    }

    @Test
    void kernelMatrixEntriesMatchPairwiseValues() {
        INDArray h = Fd.random(3, 5, 3);
        for (Kernel kernel : List.of(new GaussianKernel(0.7), new CosineKernel(), new LinearKernel())) {
            INDArray k = kernel.matrix(h);
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    double expected = kernel.value(h.getRow(i).toDoubleVector(), h.getRow(j).toDoubleVector());
                    assertEquals(expected, k.getDouble(i, j), 1e-12, kernel + " entry " + i + "," + j);
                }
            }
        }
    }

    @Test
    void gaussianDiagonalIsExactlyOne() {
        INDArray k = new GaussianKernel(5).matrix(Fd.random(4, 8, 30).muli(10));
        for (int i = 0; i < 8; i++) {
            assertEquals(1.0, k.getDouble(i, i), 0.0);
        }
    }

    @Test
    void firstArgumentGradientMatchesFiniteDifferences() {
        double[] a = Fd.random(5, 1, 4).toDoubleVector();
        double[] b = Fd.random(6, 1, 4).toDoubleVector();
        for (Kernel kernel : List.of(new GaussianKernel(1.5), new CosineKernel(), new LinearKernel())) {
            double[] d = kernel.firstArgumentGradient(a, b);
            for (int i = 0; i < a.length; i++) {
                double[] p = a.clone();
                double[] q = a.clone();
                p[i] += Fd.STEP;
                q[i] -= Fd.STEP;
                double numeric = (kernel.value(p, b) - kernel.value(q, b)) / (2 * Fd.STEP);
                assertEquals(numeric, d[i], 1e-8, kernel + " component " + i);
            }
        }
    }

    @Test
    void cosineZeroRowHasZeroKernelRow() {
        INDArray h = Fd.random(7, 4, 3);
        h.getRow(2).assign(0.0);
        INDArray k = new CosineKernel().matrix(h);
        assertEquals(0.0, k.getRow(2).amaxNumber().doubleValue(), 0.0);
    }

    @Test
    void objectiveGradientWithRespectToKernelMatchesFiniteDifferences() {
        BottleneckObjective objective = new BottleneckObjective(2.0);
        INDArray kz = Fd.randomSymmetric(8, 7);
        INDArray ky = Fd.randomSymmetric(9, 7);
        INDArray analytic = objective.evaluate(kz, ky).dLdK();
        // (E1) as a function of all m^2 entries of K^z, each entry perturbed independently
        INDArray numeric = Fd.gradient(kz, k -> objective.evaluate(k, ky).loss());
        Fd.assertMatches(analytic, numeric, TOL, "dL/dK");
    }

    @Test
    void estimatorGradientsMatchFiniteDifferences() {
        INDArray k = Fd.randomSymmetric(10, 6);
        INDArray l = Fd.randomSymmetric(11, 6);
        double m2 = 36;
        // d pHSIC(K, L)/dK = (L - mean L)/m^2
        INDArray analytic = l.sub(l.meanNumber().doubleValue()).divi(m2);
        Fd.assertMatches(analytic, Fd.gradient(k, x -> HsicEstimators.plausible(x, l)), TOL, "dpHSIC/dK");
        // d HSIC(K, L)/dK_pq = (L_pq - 2 b_q + mean L)/m^2 with column means b (entries perturbed independently)
        INDArray hlh = l.subRowVector(l.mean(0).reshape(1, 6).muli(2)).addi(l.meanNumber().doubleValue()).divi(m2);
        Fd.assertMatches(hlh, Fd.gradient(k, x -> HsicEstimators.biased(x, l)), TOL, "dHSIC/dK");
    }
}
