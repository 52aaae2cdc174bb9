package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The third factor of the 3-factor Hebbian rule (E2):
 * <pre>  M_ij = gamma (K^y_ij - mean K^y) - 2 (K^z_ij - mean K^z)</pre>
 * a global teaching signal (label similarity of inputs i and j, shared by all layers) plus a
 * layer-specific term (the layer's own similarity of the two responses). It equals
 * {@code -m^2 dL/dK^z} of the objective (E1).
 */
public final class ThirdFactor {
    private ThirdFactor() {
    }

    /** M for activity kernel {@code kz}, label kernel {@code ky} and trade-off {@code gamma >= 0}. */
    public static INDArray matrix(INDArray kz, INDArray ky, double gamma) {
        Require.nonNegative("gamma", gamma);
        KernelSupport.requireSquare("kz", kz, kz == null ? 0 : kz.rows());
        KernelSupport.requireSquare("ky", ky, kz.rows());
        INDArray teaching = ky.castTo(kz.dataType()).sub(ky.meanNumber().doubleValue()).muli(gamma);
        return teaching.subi(kz.sub(kz.meanNumber().doubleValue()).muli(2.0));
    }
}
