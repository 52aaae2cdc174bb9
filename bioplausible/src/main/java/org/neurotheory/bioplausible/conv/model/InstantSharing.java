package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.core.Require;

/**
 * Instant weight sharing (Pogodin et al. 2021, Sec. 4, the official {@code share_weights_instantly}):
 * the {@code gamma -> 0} fixed point of the sleep dynamics, which replaces the weights of every
 * sharing group by their average, for every input-output entry {@code (c, a, d, o)}. Group means are
 * unchanged and a second application changes nothing.
 */
public final class InstantSharing {
    private InstantSharing() {
    }

    /** Averages {@code w} (layout {@code l}) over the groups in place and returns it. */
    public static float[] share(float[] w, LcWeightLayout l, SharingGroups groups) {
        Require.nonNull("layout", l);
        Require.nonNull("groups", groups);
        Require.that(w != null && w.length == l.size(), "w.length", w == null ? "null" : w.length,
                "must equal the layout's size " + l.size());
        int k = groups == SharingGroups.PHASE ? l.kernel() : 1;
        int out = l.outSize();
        int per = l.perPosition();
        double[] sum = new double[k * k * per];
        int[] count = new int[k * k];
        for (int i = 0; i < out; i++) {
            for (int j = 0; j < out; j++) {
                int g = (i % k) * k + j % k;
                count[g]++;
                int base = (i * out + j) * per;
                int gb = g * per;
                for (int e = 0; e < per; e++) {
                    sum[gb + e] += w[base + e];
                }
            }
        }
        for (int i = 0; i < out; i++) {
            for (int j = 0; j < out; j++) {
                int g = (i % k) * k + j % k;
                int base = (i * out + j) * per;
                int gb = g * per;
                for (int e = 0; e < per; e++) {
                    w[base + e] = (float) (sum[gb + e] / count[g]);
                }
            }
        }
        return w;
    }
}
