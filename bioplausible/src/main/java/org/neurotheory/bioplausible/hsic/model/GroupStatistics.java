package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-group statistics of a batch of activities z (m x n) split into {@code c} contiguous groups of
 * {@code n_g = n / c} neurons (Sec. 2.5): the within-group deviations {@code z_ia - zbar_ig} and
 * the smoothed variances {@code v_ig = (sum_a (z_ia - zbar_ig)^2 + delta) / n_g}. Shared by
 * {@link Grouping} and {@link DivisiveNormalisation}, which use the same groups.
 *
 * @param rows      m
 * @param groups    c
 * @param groupSize n_g
 * @param type      data type of z (and of the arrays built from these statistics)
 * @param centred   m x n row-major deviations from the group means
 * @param variance  m x c row-major smoothed variances
 */
public record GroupStatistics(int rows, int groups, int groupSize, DataType type, double[] centred, double[] variance) {
    /** Computes the statistics of {@code z} for {@code groups} groups and smoothing {@code delta >= 0}. */
    public static GroupStatistics of(INDArray z, int groups, double delta) {
        KernelSupport.requireBatch("z", z);
        Require.nonNegative("delta", delta);
        requireDivides(groups, z.columns());
        int m = (int) z.rows();
        int ng = (int) (z.columns() / groups);
        double[] c = Flat.of(z);
        double[] v = new double[m * groups];
        for (int r = 0; r < m * groups; r++) {
            int from = r * ng;
            double mean = 0;
            for (int a = from; a < from + ng; a++) {
                mean += c[a];
            }
            mean /= ng;
            double ss = 0;
            for (int a = from; a < from + ng; a++) {
                c[a] -= mean;
                ss += c[a] * c[a];
            }
            v[r] = (ss + delta) / ng;
        }
        return new GroupStatistics(m, groups, ng, z.dataType(), c, v);
    }

    /**
     * Requires {@code width / groups} to be an integer greater than 1 (a group of one neuron has
     * zero variance and carries no activity).
     */
    public static void requireDivides(int groups, long width) {
        Require.positive("groups", groups);
        Require.that(width % groups == 0 && width / groups > 1, "groups", groups,
                "must divide the layer width " + width + " into groups of at least 2 neurons");
    }

    /** Layer width n. */
    public int width() {
        return groups * groupSize;
    }
}
