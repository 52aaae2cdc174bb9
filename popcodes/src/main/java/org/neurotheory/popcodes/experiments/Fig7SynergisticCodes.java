package org.neurotheory.popcodes.experiments;

import org.neurotheory.popcodes.data.RecipePopulations;

/**
 * Fig. 7, "Not all synergistic population codes are equally robust" (§4.6; populations
 * reconstructed, §4.1): theta = 80 degrees, eps_B = -0.99. Both codes are synergistic; the green
 * code is optimally robust, the blue one with the same I_x is fragile.
 */
public final class Fig7SynergisticCodes extends RobustnessComparison {
    /** §4.6 reference table: {I_x, green I_shuf, blue I_shuf}, then {sigma^2, green I_y, blue I_y}. */
    private static final String[][] REFERENCE = {
        {"7527.23", "1947.22", "1909.31"},
        {"0.01", "7238.75", "4661.40"},
        {"0.1", "5382.28", "2183.07"},
        {"1", "1509.91", "972.31"},
        {"10", "184.26", "172.22"},
        {"100", "18.84", "18.71"},
    };

    public Fig7SynergisticCodes() {
        super("fig7", "Fig. 7: not all synergistic population codes are equally robust (reconstruction)",
                RecipePopulations.synergistic(), false, REFERENCE);
    }
}
