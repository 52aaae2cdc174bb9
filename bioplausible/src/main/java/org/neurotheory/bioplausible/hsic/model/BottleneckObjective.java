package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The layer-local kernelized bottleneck objective of the paper,
 * <pre>  L = pHSIC(Z, Z) - gamma pHSIC(Y, Z)
 *     = mean((K^z - mean K^z)^2) - gamma mean((K^y - mean K^y) o K^z)          (E1)</pre>
 * minimised by every hidden layer independently: the first term compresses (the variance of the
 * activity kernel over pairs), the second rewards same-label pairs being more similar than
 * different-label pairs. Its gradient with respect to the activity kernel is
 * <pre>  dL/dK^z_ij = (2 (K^z_ij - mean K^z) - gamma (K^y_ij - mean K^y)) / m^2 = -M_ij / m^2   (E2)</pre>
 * with M the third factor of the 3-factor rule ({@link ThirdFactor}).
 *
 * @param gamma trade-off between compression and label dependence, {@code >= 0} (2 in the paper)
 */
public record BottleneckObjective(double gamma) {
    public BottleneckObjective {
        Require.nonNegative("gamma", gamma);
    }

    /** The paper's setting, {@code gamma = 2}. */
    public static BottleneckObjective paper() {
        return new BottleneckObjective(2.0);
    }

    /**
     * Value and gradient of (E1).
     *
     * @param loss            L
     * @param selfDependence  pHSIC(Z, Z)
     * @param labelDependence pHSIC(Y, Z)
     * @param dLdK            dL/dK^z, m x m, symmetric when both kernels are
     */
    public record Evaluation(double loss, double selfDependence, double labelDependence, INDArray dLdK) {
    }

    /** Evaluates (E1) and (E2) from the activity kernel {@code kz} and the label kernel {@code ky}. */
    public Evaluation evaluate(INDArray kz, INDArray ky) {
        if (kz == null || kz.rank() != 2 || kz.rows() != kz.columns()) {
            throw new IllegalArgumentException("kz.shape = " + (kz == null ? "null" : Arrays.toString(kz.shape()))
                    + " is not allowed: must be a square matrix");
        }
        KernelSupport.requireSquare("ky", ky, kz.rows());
        int m = (int) kz.rows();
        double m2 = (double) m * m;
        double[] z = Flat.of(kz);
        double[] y = Flat.of(ky);
        double zMean = 0;
        double yMean = 0;
        for (int e = 0; e < z.length; e++) {
            zMean += z[e];
            yMean += y[e];
        }
        zMean /= m2;
        yMean /= m2;
        double self = 0;
        double label = 0;
        double[] grad = new double[z.length];
        for (int e = 0; e < z.length; e++) {
            double zc = z[e] - zMean;
            double yc = y[e] - yMean;
            self += zc * zc;
            label += yc * zc;
            grad[e] = (2 * zc - gamma * yc) / m2;
        }
        self /= m2;
        label /= m2;
        return new Evaluation(self - gamma * label, self, label, Flat.matrix(grad, m, m, kz.dataType()));
    }
}
