package org.neurotheory.bioplausible.hsic.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.bioplausible.hsic.model.CosineKernel;
import org.neurotheory.bioplausible.hsic.model.DivisiveNormalisation;
import org.neurotheory.bioplausible.hsic.model.HsicEstimators;
import org.neurotheory.bioplausible.hsic.model.LabelKernel;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The batched estimators and kernels against the closed forms, double precision (1e-12: round-off only). */
class HsicClosedFormsTest {
    private static double[][] randomSymmetric(long seed, int m) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] a = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = r.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    @Test
    void labelKernelOfFourLabelsInTenClasses() {
        double n = -1.0 / 9;
        double[][] expected = {{1, 1, n, n}, {1, 1, n, n}, {n, n, 1, n}, {n, n, n, 1}};
        int[] labels = {0, 0, 1, 2};
        double[][] actual = LabelKernel.matrix(labels, 10, DataType.DOUBLE).toDoubleMatrix();
        double[][] closed = HsicClosedForms.labelKernel(labels, 10);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j], actual[i][j], 1e-12);
                assertEquals(expected[i][j], closed[i][j], 1e-15);
            }
        }
    }

    @Test
    void labelKernelMeanMatchesBatchMeanAndVanishesWhenBalanced() {
        int[] labels = {0, 0, 1, 2, 2, 2, 3};
        int[] counts = {2, 1, 3, 1, 0};
        double mean = LabelKernel.matrix(labels, 5, DataType.DOUBLE).meanNumber().doubleValue();
        assertEquals(mean, HsicClosedForms.labelKernelMean(counts), 1e-12);
        assertEquals(0.0, HsicClosedForms.labelKernelMean(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}), 1e-15);
    }

    @Test
    void plausibleEstimatorIsCovarianceOfKernelValues() {
        double[][] a = randomSymmetric(1, 9);
        double[][] b = randomSymmetric(2, 9);
        INDArray ka = Nd4j.create(a);
        INDArray kb = Nd4j.create(b);
        assertEquals(HsicClosedForms.plausibleHsic(a, b), HsicEstimators.plausible(ka, kb), 1e-12);
        assertTrue(HsicEstimators.plausible(ka, ka) >= 0);
        assertEquals(0.0, HsicEstimators.plausible(Nd4j.ones(DataType.DOUBLE, 5, 5).muli(0.3), kb.get(
                NDArrayIndex.interval(0, 5), NDArrayIndex.interval(0, 5))), 1e-15);
    }

    @Test
    void biasedEstimatorIsTraceFormAndDiffersFromPlausibleByClosedForm() {
        double[][] k = randomSymmetric(3, 8);
        double[][] l = randomSymmetric(4, 8);
        double biased = HsicEstimators.biased(Nd4j.create(k), Nd4j.create(l));
        assertEquals(HsicClosedForms.biasedHsicTrace(k, l), biased, 1e-12);
        double plausible = HsicEstimators.plausible(Nd4j.create(k), Nd4j.create(l));
        assertEquals(HsicClosedForms.hsicMinusPlausible(k, l), biased - plausible, 1e-12);
    }

    @Test
    void balancedLabelDependence() {
        int[] labels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        INDArray z = Nd4j.rand(DataType.DOUBLE, 20, 6).subi(0.5);
        INDArray kz = new CosineKernel().matrix(z);
        INDArray ky = LabelKernel.matrix(labels, 10, DataType.DOUBLE);
        assertEquals(HsicClosedForms.balancedLabelDependence(kz.toDoubleMatrix(), labels, 10),
                HsicEstimators.plausible(ky, kz), 1e-12);
    }

    @Test
    void cosineSelfDependenceLiesInUnitInterval() {
        for (long seed = 0; seed < 5; seed++) {
            Nd4j.getRandom().setSeed(seed);
            INDArray k = new CosineKernel().matrix(Nd4j.randn(DataType.DOUBLE, 12, 3));
            double v = HsicEstimators.plausible(k, k);
            assertTrue(v >= 0 && v <= 1, "pHSIC(Z,Z) = " + v);
        }
    }

    @Test
    void divisiveNormSumOfSquaresClosedForm() {
        Nd4j.getRandom().setSeed(7);
        INDArray z = Nd4j.randn(DataType.DOUBLE, 3, 10);
        double delta = 1.0;
        double p = 0.2;
        INDArray r = new DivisiveNormalisation(2, p, delta).forward(z).r();
        for (int i = 0; i < 3; i++) {
            for (int g = 0; g < 2; g++) {
                double[] block = new double[5];
                double mean = 0;
                for (int a = 0; a < 5; a++) {
                    block[a] = z.getDouble(i, 5 * g + a);
                    mean += block[a] / 5;
                }
                double ss = 0;
                double rr = 0;
                for (int a = 0; a < 5; a++) {
                    ss += (block[a] - mean) * (block[a] - mean);
                    rr += r.getDouble(i, 5 * g + a) * r.getDouble(i, 5 * g + a);
                }
                double v = (ss + delta) / 5;
                assertEquals(HsicClosedForms.divisiveNormSumOfSquares(5, v, delta, p), rr, 1e-12);
            }
        }
    }
}
