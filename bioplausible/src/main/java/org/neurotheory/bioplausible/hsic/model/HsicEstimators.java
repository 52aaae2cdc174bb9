package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Batch estimators of the Hilbert-Schmidt independence criterion from two m x m kernel matrices
 * (Sec. 2 of the paper; means run over all m^2 entries, diagonal included).
 *
 * <ul>
 *   <li>biased HSIC (Gretton et al. 2005):
 *       {@code mean(K o L) - 2 mean_j(a_j b_j) + mean(K) mean(L)} with column means
 *       {@code a_j = mean_i K_ij}, {@code b_j = mean_i L_ij}; equal to {@code tr(KHLH)/m^2};</li>
 *   <li>pHSIC, the "plausible" HSIC that drops the three-point term:
 *       {@code mean((K - mean(K)) o L) = mean(K o L) - mean(K) mean(L)}, the covariance of kernel
 *       values over pairs. Only pairwise quantities appear.</li>
 * </ul>
 */
public final class HsicEstimators {
    private HsicEstimators() {
    }

    /** Biased HSIC estimate. */
    public static double biased(INDArray k, INDArray l) {
        requireSameSquare(k, l);
        INDArray a = k.mean(0);
        INDArray b = l.mean(0);
        double kl = k.mul(l).meanNumber().doubleValue();
        double ab = a.mul(b).meanNumber().doubleValue();
        return kl - 2 * ab + a.meanNumber().doubleValue() * b.meanNumber().doubleValue();
    }

    /** pHSIC estimate {@code mean((K - mean K) o L)}. */
    public static double plausible(INDArray k, INDArray l) {
        requireSameSquare(k, l);
        double kMean = k.meanNumber().doubleValue();
        return k.sub(kMean).muli(l).meanNumber().doubleValue();
    }

    private static void requireSameSquare(INDArray k, INDArray l) {
        if (k == null || k.rank() != 2 || k.rows() != k.columns()) {
            throw new IllegalArgumentException("k.shape = " + (k == null ? "null" : Arrays.toString(k.shape()))
                    + " is not allowed: must be a square matrix");
        }
        KernelSupport.requireSquare("l", l, k.rows());
    }
}
