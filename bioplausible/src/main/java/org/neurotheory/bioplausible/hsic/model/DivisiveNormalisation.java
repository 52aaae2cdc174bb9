package org.neurotheory.bioplausible.hsic.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;

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
        double[] r = new double[s.centred().length];
        int ng = s.groupSize();
        for (int row = 0; row < s.variance().length; row++) {
            double scale = Math.pow(s.variance()[row], -power);
            for (int a = row * ng; a < (row + 1) * ng; a++) {
                r[a] = s.centred()[a] * scale;
            }
        }
        return new Normalised(Flat.matrix(r, s.rows(), s.width(), s.type()), s);
    }

    /** {@code dL/dz} (m x n) from {@code dL/dr} (m x n). */
    public INDArray backward(Normalised forward, INDArray dLdr) {
        GroupStatistics s = forward.statistics();
        KernelSupport.requireBatch("dLdr", dLdr);
        Require.that(dLdr.rows() == s.rows() && dLdr.columns() == s.width(), "dLdr.shape",
                Arrays.toString(dLdr.shape()), "must be " + s.rows() + " x " + s.width());
        double[] dr = Flat.of(dLdr);
        double[] c = s.centred();
        double[] dz = new double[c.length];
        int ng = s.groupSize();
        for (int row = 0; row < s.variance().length; row++) {
            double v = s.variance()[row];
            double vp = Math.pow(v, -power);
            double proj = 0;
            for (int a = row * ng; a < (row + 1) * ng; a++) {
                proj += dr[a] * c[a];
            }
            proj *= -2.0 * power / ng * vp / v;
            double mean = 0;
            for (int a = row * ng; a < (row + 1) * ng; a++) {
                dz[a] = dr[a] * vp + proj * c[a];
                mean += dz[a];
            }
            mean /= ng;
            for (int a = row * ng; a < (row + 1) * ng; a++) {
                dz[a] -= mean;
            }
        }
        return Flat.matrix(dz, s.rows(), s.width(), s.type());
    }
}
