package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.bioplausible.conv.theory.PhaseGroups;
import org.neurotheory.core.Require;

/**
 * How far the non-border neurons of a locally connected layer are from sharing weights within their
 * sleep-phase groups (same output channel, same phase {@code (i mod k, j mod k)}, non-border): the
 * group means the sleep phase converges to, and the mean-square deviation from them
 * (Pogodin et al. 2021, Sec. 4.2).
 */
public final class GroupDeviation {
    private GroupDeviation() {
    }

    /** A copy of {@code w} with every non-border position replaced by its group's non-border mean; border positions unchanged. */
    public static float[] interiorGroupMeans(float[] w, LcWeightLayout l) {
        check(w, l);
        int k = l.kernel();
        int out = l.outSize();
        int per = l.perPosition();
        int lo = PhaseGroups.interiorStart(k, l.stride());
        int hi = PhaseGroups.interiorEnd(l.inSize(), k, l.stride());
        double[] sum = new double[k * k * per];
        int[] count = new int[k * k];
        for (int i = lo; i < hi; i++) {
            for (int j = lo; j < hi; j++) {
                int g = (i % k) * k + j % k;
                count[g]++;
                for (int e = 0; e < per; e++) {
                    sum[g * per + e] += w[(i * out + j) * per + e];
                }
            }
        }
        float[] res = w.clone();
        for (int i = lo; i < hi; i++) {
            for (int j = lo; j < hi; j++) {
                int g = (i % k) * k + j % k;
                for (int e = 0; e < per; e++) {
                    res[(i * out + j) * per + e] = (float) (sum[g * per + e] / count[g]);
                }
            }
        }
        return res;
    }

    /** Mean over non-border weights of the squared deviation from their group mean. */
    public static double meanSquare(float[] w, LcWeightLayout l) {
        float[] m = interiorGroupMeans(w, l);
        int lo = PhaseGroups.interiorStart(l.kernel(), l.stride());
        int hi = PhaseGroups.interiorEnd(l.inSize(), l.kernel(), l.stride());
        int out = l.outSize();
        int per = l.perPosition();
        double s = 0;
        long n = 0;
        for (int i = lo; i < hi; i++) {
            for (int j = lo; j < hi; j++) {
                int base = (i * out + j) * per;
                for (int e = 0; e < per; e++) {
                    double d = w[base + e] - m[base + e];
                    s += d * d;
                    n++;
                }
            }
        }
        return s / n;
    }

    private static void check(float[] w, LcWeightLayout l) {
        Require.nonNull("layout", l);
        Require.that(w != null && w.length == l.size(), "w.length", w == null ? "null" : w.length,
                "must equal the layout's size " + l.size());
    }
}
