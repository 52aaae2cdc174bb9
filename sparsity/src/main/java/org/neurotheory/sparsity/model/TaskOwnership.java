package org.neurotheory.sparsity.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * Which task owns each weight of a layer in EfficientPackNet (Schwarz et al. 2021, Algorithm 1,
 * after PackNet, Mallya and Lazebnik 2018): 0 = free, {@code t >= 1} = kept for task t. Weights
 * owned by earlier tasks are used in the forward pass but frozen; task t's mask is every weight
 * owned by tasks 1..t; only free weights train.
 */
public final class TaskOwnership {
    private final int[] owner;

    /** All {@code size} weights free. */
    public TaskOwnership(int size) {
        owner = new int[Require.positive("size", size)];
    }

    /** Number of weights. */
    public int size() {
        return owner.length;
    }

    /** Owner of weight i (0 = free). */
    public int owner(int i) {
        return owner[i];
    }

    /** Writes task t's inference mask: 1 where the owner is in 1..t. */
    public float[] taskMask(int task, float[] mask) {
        Require.positive("task", task);
        checkLength("mask", mask.length);
        for (int i = 0; i < owner.length; i++) {
            mask[i] = owner[i] != 0 && owner[i] <= task ? 1f : 0f;
        }
        return mask;
    }

    /** Writes the training mask: 1 on free weights (the only ones that receive updates). */
    public float[] freeMask(float[] mask) {
        checkLength("mask", mask.length);
        for (int i = 0; i < owner.length; i++) {
            mask[i] = owner[i] == 0 ? 1f : 0f;
        }
        return mask;
    }

    /** Number of free weights. */
    public int free() {
        int f = 0;
        for (int o : owner) {
            f += o == 0 ? 1 : 0;
        }
        return f;
    }

    /** Fraction of weights owned by some task. */
    public double capacityUsed() {
        return 1 - (double) free() / owner.length;
    }

    /**
     * Gives task {@code task} the {@code k} largest-magnitude free weights; returns the indices'
     * count actually assigned.
     */
    public int claim(int task, float[] weights, int k) {
        Require.positive("task", task);
        checkLength("weights", weights.length);
        for (int o : owner) {
            Require.that(o < task, "task", task, "must exceed every earlier owner (found " + o + ")");
        }
        boolean[] isFree = new boolean[owner.length];
        int nFree = 0;
        for (int i = 0; i < owner.length; i++) {
            isFree[i] = owner[i] == 0;
            nFree += isFree[i] ? 1 : 0;
        }
        Require.inRange("k", k, 0, nFree);
        MagnitudeRanking ranking = new MagnitudeRanking(weights, isFree);
        for (int r = 0; r < k; r++) {
            owner[ranking.indexAt(r)] = task;
        }
        return k;
    }

    /** Writes a mask: weights of tasks 1..t-1 plus the {@code k} largest free ones (a search candidate). */
    public float[] candidateMask(int task, float[] weights, int k, float[] mask) {
        checkLength("weights", weights.length);
        Require.inRange("k", k, 0, free());
        boolean[] isFree = new boolean[owner.length];
        for (int i = 0; i < owner.length; i++) {
            isFree[i] = owner[i] == 0;
        }
        if (task == 1) {
            Arrays.fill(mask, 0f);
        } else {
            taskMask(task - 1, mask);
        }
        MagnitudeRanking ranking = new MagnitudeRanking(weights, isFree);
        for (int r = 0; r < k; r++) {
            mask[ranking.indexAt(r)] = 1f;
        }
        return mask;
    }

    private void checkLength(String name, int length) {
        if (length != owner.length) {
            Require.that(false, name + ".length", length, "must equal " + owner.length);
        }
    }
}
