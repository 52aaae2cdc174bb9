package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Divisive normalisation (Sec. 2.6), applied in the forward pass after a layer's local loss, with
 * the same groups and smoothing as {@link Grouping}:
 * <pre>  r_ia = (z_ia - zbar_ig) / v_ig^p,   a in group g</pre>
 * No parameters and no running statistics, so training and evaluation behave the same. The backward
 * pass (needed only by the backprop baseline) is
 * <pre>  dc_a = dr_a v^-p - (2p / n_g) v^(-p-1) (sum_b dr_b c_b) c_a,   dz_a = dc_a - mean_g(dc)</pre>
 * with {@code c = z - zbar}.
 *
 * @param groups c, must divide the layer width into groups of at least 2
 * @param power  p, finite and {@code >= 0} (0.2 in the paper)
 * @param delta  variance smoothing {@code >= 0} (1 in the paper)
 */
public record DivisiveNormalisation(int groups, double power, double delta) {
    public DivisiveNormalisation {
        Require.positive("groups", groups);
        Require.nonNegative("power", power);
        Require.nonNegative("delta", delta);
    }

    /** Forward result: the output r (m x n) and the statistics for the backward pass. */
    public record Normalised(INDArray r, GroupStatistics statistics) {
    }

    /** {@code r = (z - zbar) / v^p}. */
    public Normalised forward(INDArray z) {
        GroupStatistics s = GroupStatistics.of(z, groups, delta);
        INDArray scale = Transforms.pow(s.variance(), -power, true);
        return new Normalised(s.unflatten(s.centred().mulColumnVector(scale)), s);
    }

    /** {@code dL/dz} (m x n) from {@code dL/dr} (m x n). */
    public INDArray backward(Normalised forward, INDArray dLdr) {
        GroupStatistics s = forward.statistics();
        KernelSupport.requireBatch("dLdr", dLdr);
        Require.that(dLdr.rows() == s.rows() && dLdr.columns() == (long) groups * s.groupSize(), "dLdr.shape",
                java.util.Arrays.toString(dLdr.shape()), "must be " + s.rows() + " x " + groups * s.groupSize());
        long rows = (long) s.rows() * groups;
        INDArray dr = dLdr.dup('c').reshape('c', rows, s.groupSize());
        INDArray c = s.centred();
        INDArray vp = Transforms.pow(s.variance(), -power, true);
        INDArray projection = dr.mul(c).sum(1).reshape(rows, 1)
                .muli(Transforms.pow(s.variance(), -power - 1.0, true)).muli(-2.0 * power / s.groupSize());
        INDArray dc = dr.mulColumnVector(vp).addi(c.mulColumnVector(projection));
        dc.subiColumnVector(dc.mean(1).reshape(rows, 1));
        return s.unflatten(dc);
    }
}
