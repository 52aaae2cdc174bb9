package org.neurotheory.sparsity.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * The order of a layer's weights by magnitude, largest first, computed once so that masks at many
 * keep-fractions cost O(n) each (the pruning sweep of Fig. 1a evaluates 20 levels). Ties are broken
 * by index (lower index kept first), so masks are deterministic. Because {@code |w| = |psi|^alpha}
 * is monotone in {@code |psi|}, ranking psi or w gives the same order.
 */
public final class MagnitudeRanking {
    private final int[] order;

    /** Ranks {@code |values[i]|}; entries with {@code eligible[i] == false} rank last (may be null: all eligible). */
    public MagnitudeRanking(float[] values, boolean[] eligible) {
        Require.nonNull("values", values);
        if (eligible != null) {
            Require.that(eligible.length == values.length, "eligible.length", eligible.length,
                    "must equal values.length = " + values.length);
        }
        int n = values.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            float a = Math.abs(values[i]);
            Require.that(!Float.isNaN(a), "values[" + i + "]", values[i], "must not be NaN");
            // non-negative float bits are ordered like the floats; +1 keeps eligible above ineligible
            long mag = eligible == null || eligible[i] ? Float.floatToIntBits(a) + 1L : 0L;
            // descending magnitude, ascending index: sort (-mag, index)
            keys[i] = ((0xFFFFFFFFL - mag) << 31) | i;
        }
        Arrays.sort(keys);
        order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) (keys[r] & 0x7FFFFFFFL);
        }
    }

    /** Ranks all entries of {@code values}. */
    public MagnitudeRanking(float[] values) {
        this(values, null);
    }

    /** Number of ranked entries. */
    public int size() {
        return order.length;
    }

    /** Index of the entry of rank {@code r} (0 = largest magnitude). */
    public int indexAt(int r) {
        return order[r];
    }

    /** Writes a 0/1 mask keeping the {@code k} largest entries and returns it. */
    public float[] keepLargest(int k, float[] mask) {
        Require.inRange("k", k, 0, order.length);
        Require.that(mask.length == order.length, "mask.length", mask.length, "must equal " + order.length);
        Arrays.fill(mask, 0f);
        for (int r = 0; r < k; r++) {
            mask[order[r]] = 1f;
        }
        return mask;
    }

    /** A mask keeping {@code int(fraction n)} entries (truncated, as the paper's code). */
    public float[] keepFraction(double fraction, float[] mask) {
        return keepLargest(count(fraction, order.length), mask);
    }

    /** {@code int(fraction n)}: how many of {@code n} entries a keep-fraction keeps. */
    public static int count(double fraction, int n) {
        Require.inRange("fraction", fraction, 0, 1);
        return (int) (fraction * n);
    }
}
