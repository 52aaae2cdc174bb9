package org.neurotheory.core.nn;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Seeded mini-batch shuffling: the order of epoch e is a Fisher-Yates permutation drawn from
 * {@code Seeds.derive(seed, e)}, so it depends only on (seed, epoch): a resumed run sees the same
 * batches, and the thread count plays no part.
 */
public final class BatchOrder {
    private BatchOrder() {
    }

    /** The sample order of epoch {@code epoch} for {@code n} samples. */
    public static int[] permutation(long seed, int epoch, int n) {
        Require.positive("n", n);
        Require.nonNegative("epoch", epoch);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, epoch));
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Number of batches of an epoch: ceil(n / batchSize), or floor when the last partial batch is dropped. */
    public static int batches(int n, int batchSize, boolean dropLast) {
        Require.positive("batchSize", batchSize);
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }
}
