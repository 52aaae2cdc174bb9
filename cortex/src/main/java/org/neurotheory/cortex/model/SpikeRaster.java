package org.neurotheory.cortex.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * Spikes of one population as parallel arrays of step index and neuron index (local to the
 * population), in time order. Storage grows by doubling from a caller-supplied estimate, so a
 * well-sized raster never allocates during a run.
 */
public final class SpikeRaster {
    private final int size;
    private int[] steps;
    private int[] ids;
    private int count;

    /**
     * @param size     number of neurons of the population
     * @param capacity initial capacity (expected spike count)
     */
    public SpikeRaster(int size, int capacity) {
        this.size = Require.nonNegative("size", size);
        int c = Math.max(16, Require.nonNegative("capacity", capacity));
        steps = new int[c];
        ids = new int[c];
    }

    /** Appends a spike of neuron {@code id} in step {@code step}. */
    public void add(int step, int id) {
        if (count == steps.length) {
            steps = Arrays.copyOf(steps, 2 * count);
            ids = Arrays.copyOf(ids, 2 * count);
        }
        steps[count] = step;
        ids[count] = id;
        count++;
    }

    /** Number of neurons in the population. */
    public int size() {
        return size;
    }

    /** Number of spikes. */
    public int count() {
        return count;
    }

    /** Step of spike k. */
    public int step(int k) {
        return steps[k];
    }

    /** Neuron of spike k. */
    public int id(int k) {
        return ids[k];
    }

    /** Spike count of every neuron over steps {@code [from, to)}. */
    public int[] countsPerNeuron(int from, int to) {
        int[] c = new int[size];
        for (int k = 0; k < count; k++) {
            if (steps[k] >= from && steps[k] < to) {
                c[ids[k]]++;
            }
        }
        return c;
    }

    /**
     * Spike steps grouped by neuron over steps {@code [from, to)}: {@code result[0]} holds start
     * offsets (length size + 1), {@code result[1]} the steps, each neuron's in time order.
     */
    public int[][] byNeuron(int from, int to) {
        int[] c = countsPerNeuron(from, to);
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + c[i];
        }
        int[] fill = Arrays.copyOf(start, size);
        int[] out = new int[start[size]];
        for (int k = 0; k < count; k++) {
            if (steps[k] >= from && steps[k] < to) {
                out[fill[ids[k]]++] = steps[k];
            }
        }
        return new int[][] {start, out};
    }
}
