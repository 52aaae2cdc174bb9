package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
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
 * @param centred   (m c) x n_g, row {@code i c + g} holds group g of sample i minus its mean
 * @param variance  (m c) x 1 smoothed variances
 */
public record GroupStatistics(int rows, int groups, int groupSize, INDArray centred, INDArray variance) {
    /** Computes the statistics of {@code z} for {@code groups} groups and smoothing {@code delta >= 0}. */
    public static GroupStatistics of(INDArray z, int groups, double delta) {
        KernelSupport.requireBatch("z", z);
        Require.nonNegative("delta", delta);
        requireDivides(groups, z.columns());
        int m = (int) z.rows();
        int ng = (int) (z.columns() / groups);
        INDArray flat = z.dup('c').reshape('c', (long) m * groups, ng);
        INDArray mean = flat.mean(1).reshape((long) m * groups, 1);
        INDArray centred = flat.subiColumnVector(mean);
        INDArray variance = centred.mul(centred).sum(1).reshape((long) m * groups, 1).addi(delta).divi(ng);
        return new GroupStatistics(m, groups, ng, centred, variance);
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

    /** Back to m x n from an (m c) x n_g array laid out like {@link #centred}. */
    INDArray unflatten(INDArray perGroupRows) {
        return perGroupRows.reshape('c', rows, (long) groups * groupSize);
    }
}
