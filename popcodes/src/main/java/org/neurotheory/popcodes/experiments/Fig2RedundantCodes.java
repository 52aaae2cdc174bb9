package org.neurotheory.popcodes.experiments;

import org.neurotheory.popcodes.data.RecipePopulations;

/**
 * Fig. 2, "Not all redundant population codes are equally robust" (§4.2; populations
 * reconstructed, §4.1): theta = 10 degrees, eps_B = 1000. Both codes are redundant; the green
 * (differential, optimal family) code keeps its information far longer than the blue one.
 */
public final class Fig2RedundantCodes extends RobustnessComparison {
    /** §4.2 reference table: {I_x, green I_shuf, blue I_shuf}, then {sigma^2, green I_y, blue I_y}. */
    private static final String[][] REFERENCE = {
        {"58.784", "976.35", "112.15"},
        {"0.1", "58.602", "53.606"},
        {"1", "57.010", "30.305"},
        {"3", "53.764", "16.063"},
        {"10", "44.831", "6.990"},
        {"100", "14.295", "2.228"},
    };

    public Fig2RedundantCodes() {
        super("fig2", "Fig. 2: not all redundant population codes are equally robust (reconstruction)",
                RecipePopulations.redundant(), true, REFERENCE);
    }
}
