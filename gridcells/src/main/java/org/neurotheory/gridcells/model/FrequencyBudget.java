package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * The frequency budget of an actionable code (Section 2 of the paper): each non-constant
 * frequency occupies a cos/sin pair of dimensions and the constant one, so {@code 2D + 1 <= N}
 * and N neurons carry at most {@code D = floor((N - 1) / 2)} frequencies.
 */
public final class FrequencyBudget {
    private FrequencyBudget() {
    }

    /** The largest number of non-constant frequencies N neurons can carry: {@code floor((N-1)/2)}. */
    public static int maxFrequencies(int neurons) {
        Require.positive("neurons", neurons);
        return (neurons - 1) / 2;
    }

    /** Requires {@code 1 <= frequencies <= floor((N-1)/2)} and returns it. */
    public static int require(int neurons, int frequencies) {
        int max = maxFrequencies(neurons);
        Require.that(max >= 1, "neurons", neurons, "must be >= 3 (one frequency needs a cos/sin pair and a constant)");
        return Require.inRange("frequencies", frequencies, 1, max);
    }
}
