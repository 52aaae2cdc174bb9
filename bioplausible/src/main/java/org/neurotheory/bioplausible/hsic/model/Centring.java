package org.neurotheory.bioplausible.hsic.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Centring across features (Sec. 2.5, on whenever grouping is on): {@code h_i = g_i - mean_c(g_i)},
 * each sample minus the mean of its own entries. It is an orthogonal projection, so its backward
 * pass is the same map: {@code dg_i = dh_i - mean_c(dh_i)}, and the resulting gradient sums to zero
 * over the features of every sample.
 */
public final class Centring {
    private Centring() {
    }

    /** Returns {@code x} minus the mean of each row (a new array). */
    public static INDArray apply(INDArray x) {
        KernelSupport.requireBatch("x", x);
        int m = (int) x.rows();
        int d = (int) x.columns();
        double[] v = Flat.of(x);
        for (int i = 0; i < m; i++) {
            double mean = 0;
            for (int f = 0; f < d; f++) {
                mean += v[i * d + f];
            }
            mean /= d;
            for (int f = 0; f < d; f++) {
                v[i * d + f] -= mean;
            }
        }
        return Flat.matrix(v, m, d, x.dataType());
    }
}
