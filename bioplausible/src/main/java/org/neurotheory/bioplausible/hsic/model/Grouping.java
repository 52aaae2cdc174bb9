package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Grouping of neurons before the kernel (Sec. 2.5): each of {@code c} contiguous groups of
 * {@code n_g} neurons is summarised by a power of its smoothed variance,
 * {@code g_ig = v_ig^q}. The kernel then sees the c-vector {@code g_i} instead of the n activities.
 * The backward pass is
 * <pre>  dz_ia = dg_ig q v_ig^(q-1) (2 / n_g) (z_ia - zbar_ig)</pre>
 * which for {@code q = 1 - p} is {@code (2q/n_g) dg_ig r_ia} with r the divisive-normalisation output
 * of power p: the post-synaptic factor of the Hebbian rule is the cell's own normalised rate.
 *
 * @param groups c, must divide the layer width into groups of at least 2
 * @param power  q, finite and {@code > 0} (0.5 without divisive normalisation, 0.8 = 1 - p with it)
 * @param delta  variance smoothing {@code >= 0} (1 in the paper)
 */
public record Grouping(int groups, double power, double delta) {
    public Grouping {
        Require.positive("groups", groups);
        Require.positive("power", power);
        Require.nonNegative("delta", delta);
    }

    /** Forward result: the grouped activity g (m x c) and the statistics needed by the backward pass. */
    public record Grouped(INDArray g, GroupStatistics statistics) {
    }

    /** {@code g = v^q}, m x c. */
    public Grouped forward(INDArray z) {
        GroupStatistics s = GroupStatistics.of(z, groups, delta);
        INDArray g = Transforms.pow(s.variance(), power, true).reshape(s.rows(), groups);
        return new Grouped(g, s);
    }

    /** {@code dL/dz} (m x n) from {@code dL/dg} (m x c). */
    public INDArray backward(Grouped forward, INDArray dLdg) {
        GroupStatistics s = forward.statistics();
        KernelSupport.requireBatch("dLdg", dLdg);
        Require.that(dLdg.rows() == s.rows() && dLdg.columns() == groups, "dLdg.shape",
                java.util.Arrays.toString(dLdg.shape()), "must be " + s.rows() + " x " + groups);
        INDArray factor = Transforms.pow(s.variance(), power - 1.0, true).muli(2.0 * power / s.groupSize())
                .muli(dLdg.dup('c').reshape((long) s.rows() * groups, 1));
        return s.unflatten(s.centred().mulColumnVector(factor));
    }
}
