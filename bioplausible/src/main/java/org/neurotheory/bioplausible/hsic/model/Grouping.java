package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;

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
        double[] g = new double[s.variance().length];
        for (int r = 0; r < g.length; r++) {
            g[r] = Math.pow(s.variance()[r], power);
        }
        return new Grouped(Flat.matrix(g, s.rows(), groups, s.type()), s);
    }

    /** {@code dL/dz} (m x n) from {@code dL/dg} (m x c). */
    public INDArray backward(Grouped forward, INDArray dLdg) {
        GroupStatistics s = forward.statistics();
        KernelSupport.requireBatch("dLdg", dLdg);
        Require.that(dLdg.rows() == s.rows() && dLdg.columns() == groups, "dLdg.shape",
                Arrays.toString(dLdg.shape()), "must be " + s.rows() + " x " + groups);
        double[] dg = Flat.of(dLdg);
        double[] dz = new double[s.centred().length];
        int ng = s.groupSize();
        for (int r = 0; r < dg.length; r++) {
            double f = dg[r] * power * Math.pow(s.variance()[r], power - 1.0) * 2.0 / ng;
            for (int a = r * ng; a < (r + 1) * ng; a++) {
                dz[a] = f * s.centred()[a];
            }
        }
        return Flat.matrix(dz, s.rows(), s.width(), s.type());
    }
}
