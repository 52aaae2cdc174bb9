package org.neurotheory.bioplausible.hsic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurotheory.bioplausible.hsic.theory.HsicClosedForms;

/**
 * The 3-factor Hebbian form (E3) equals gradient descent on (E1) through the batch code path, and
 * the Hebbian identity of grouping with q = 1 - p. Both sides are double precision sums of the same
 * O(1) terms in a different order, so they agree to ~1e-14; 1e-10 relative is generous.
 */
class HebbianRuleTest {
    private static final int[] LABELS = {0, 1, 2, 0, 1, 2, 0};
    private static final double SLOPE = 0.01;
    private static final double ETA = 0.7;

    /** {@code -eta dL/dW} through the batch path: dW = (dL/dz o phi'(u))^T x. */
    private static INDArray gradientStep(LocalHsicLoss loss, INDArray x, INDArray w, INDArray ky) {
        INDArray u = x.mmul(w.transpose());
        INDArray z = Transforms.leakyRelu(u, SLOPE, true);
        INDArray gain = u.gt(0.0).castTo(DataType.DOUBLE).muli(1 - SLOPE).addi(SLOPE);
        INDArray du = loss.evaluate(z, ky).dLdz().muli(gain);
        return du.transpose().mmul(x).muli(-ETA);
    }

    private static double[][] thirdFactor(LocalHsicLoss loss, INDArray x, INDArray w, INDArray ky) {
        INDArray z = Transforms.leakyRelu(x.mmul(w.transpose()), SLOPE, true);
        INDArray kz = loss.evaluate(z, ky).kernelMatrix();
        return ThirdFactor.matrix(kz, ky, loss.objective().gamma()).toDoubleMatrix();
    }

    @Test
    void ungroupedHebbianUpdateEqualsGradientDescent() {
        INDArray x = Fd.random(31, 7, 5);
        INDArray w = Fd.random(32, 16, 5);
        INDArray ky = LabelKernel.matrix(LABELS, 3, DataType.DOUBLE);
        for (Kernel kernel : new Kernel[] {new GaussianKernel(1.5), new CosineKernel()}) {
            LocalHsicLoss loss = LocalHsicLoss.ungrouped(kernel, BottleneckObjective.paper());
            double[][] m = thirdFactor(loss, x, w, ky);
            double[][] hebbian = HebbianRule.ungrouped(x.toDoubleMatrix(), x.mmul(w.transpose()).toDoubleMatrix(),
                    SLOPE, m, kernel, ETA);
            Fd.assertMatches(Nd4j.create(hebbian), gradientStep(loss, x, w, ky), 1e-10, kernel.toString());
        }
    }

    @Test
    void groupedHebbianUpdateEqualsGradientDescent() {
        INDArray x = Fd.random(33, 7, 5);
        INDArray w = Fd.random(34, 16, 5);
        INDArray ky = LabelKernel.matrix(LABELS, 3, DataType.DOUBLE);
        Grouping grouping = new Grouping(4, 0.8, 1.0);
        for (Kernel kernel : new Kernel[] {new GaussianKernel(1.5), new CosineKernel()}) {
            LocalHsicLoss loss = LocalHsicLoss.grouped(kernel, grouping, BottleneckObjective.paper());
            double[][] m = thirdFactor(loss, x, w, ky);
            double[][] hebbian = HebbianRule.grouped(x.toDoubleMatrix(), x.mmul(w.transpose()).toDoubleMatrix(),
                    SLOPE, m, kernel, grouping, ETA);
            Fd.assertMatches(Nd4j.create(hebbian), gradientStep(loss, x, w, ky), 1e-10, kernel.toString());
        }
    }

    @Test
    void thirdFactorIsMinusMSquaredTimesKernelGradient() {
        INDArray kz = Fd.randomSymmetric(35, 7);
        INDArray ky = LabelKernel.matrix(LABELS, 3, DataType.DOUBLE);
        INDArray m = ThirdFactor.matrix(kz, ky, 2.0);
        INDArray g = new BottleneckObjective(2.0).evaluate(kz, ky).dLdK();
        Fd.assertMatches(g.mul(-49.0), m, 1e-12, "M = -m^2 dL/dK");
    }

    /** With p = 0.2, q = 0.8 the grouping Jacobian times n_g / (2q) equals the divnorm output r, element-wise. */
    @Test
    void groupingJacobianIsTheDivisiveNormalisationOutput() {
        INDArray z = Fd.random(36, 5, 16);
        Grouping grouping = new Grouping(4, 0.8, 1.0);
        INDArray r = new DivisiveNormalisation(4, 0.2, 1.0).forward(z).r();
        int ng = 4;
        for (int g = 0; g < 4; g++) {
            // the Jacobian row of g_ig: backward of a unit cotangent on group g of every sample
            INDArray unit = Nd4j.zeros(DataType.DOUBLE, 5, 4);
            unit.getColumn(g).assign(1.0);
            INDArray jac = grouping.backward(grouping.forward(z), unit)
                    .divi(HsicClosedForms.hebbianGroupingFactor(0.8, ng));
            for (int i = 0; i < 5; i++) {
                for (int a = g * ng; a < (g + 1) * ng; a++) {
                    assertEquals(r.getDouble(i, a), jac.getDouble(i, a), 1e-12, "sample " + i + " neuron " + a);
                }
            }
        }
    }
}
