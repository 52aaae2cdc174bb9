package org.neurotheory.relu.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * I.i.d. Gaussian initial weights: every entry of {@code W_l} is
 * {@code N(0, std_l^2)}. Small scales put the network in the rich (feature-learning) regime the
 * paper studies; {@link #fanIn} gives the He-style scaling {@code std_l = gain_l / sqrt(n_{l-1})}.
 */
public final class GaussianInitialisation {
    private GaussianInitialisation() {
    }

    /** Every entry {@code N(0, std^2)}. */
    public static double[] iid(BiasFreeNetwork net, double std, SplittableRandom rng) {
        double[] stds = new double[net.depth()];
        Arrays.fill(stds, Require.positive("std", std));
        return perLayer(net, stds, rng);
    }

    /** Layer l (1-based) has entries {@code N(0, stds[l-1]^2)}. */
    public static double[] perLayer(BiasFreeNetwork net, double[] stds, SplittableRandom rng) {
        Require.nonNull("net", net);
        Require.length("stds", stds, net.depth());
        Require.nonNull("rng", rng);
        double[] p = new double[net.parameterCount()];
        for (int l = 1; l <= net.depth(); l++) {
            double s = Require.positive("stds[" + (l - 1) + "]", stds[l - 1]);
            int off = net.offset(l);
            int n = net.width(l) * net.width(l - 1);
            for (int i = 0; i < n; i++) {
                p[off + i] = s * rng.nextGaussian();
            }
        }
        return p;
    }

    /** {@code std_l = gains[l-1] / sqrt(fan-in of layer l)}; e.g. gain sqrt(2) is He initialisation. */
    public static double[] fanIn(BiasFreeNetwork net, double[] gains, SplittableRandom rng) {
        Require.nonNull("net", net);
        Require.length("gains", gains, net.depth());
        double[] stds = new double[net.depth()];
        for (int l = 1; l <= net.depth(); l++) {
            stds[l - 1] = Require.positive("gains[" + (l - 1) + "]", gains[l - 1]) / Math.sqrt(net.width(l - 1));
        }
        return perLayer(net, stds, rng);
    }
}
