package org.neurotheory.popcodes.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.Assertions.assertClose;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neurotheory.popcodes.model.TuningCurves;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.PropagationBound;

/**
 * The reconstructed recipe of Figs 2 and 7 (§4.1 of the model reference, docs/papers/popcodes.md):
 * tuning-curve reference values and the recipe invariants of check 13.
 */
class RecipePopulationsTest {
    @Test
    void tuningCurvesMatchThePrintedReferenceValues() {
        TuningCurves t = TuningCurves.recipe(100);
        double[] f0 = t.rates(0, new double[100]);
        double[] d07 = t.derivative(0.7, new double[100]);
        // reference values printed to 4-5 decimals
        assertClose(new double[] {5.5, 7.8970, 10.2029, 10.0668, 11.8673}, Arrays.copyOf(f0, 5), 5e-5, 0, "f(0)");
        assertClose(new double[] {-2.5461, -4.4324, -6.5691, -8.8863, -11.2817}, Arrays.copyOf(d07, 5), 5e-5, 0,
                "f'(0.7)");
        double norm2 = 0;
        for (double v : d07) {
            norm2 += v * v;
        }
        assertClose(1790.470, norm2, 5e-4, "|f'(0.7)|^2");
    }

    @Test
    void bothRecipesHaveEqualInputInformationAndGreenOnTheBound() {
        TuningCurves t = TuningCurves.recipe(100);
        FisherSolver solver = new FisherSolver(100);
        for (RecipePopulations recipe : new RecipePopulations[] {RecipePopulations.redundant(), RecipePopulations.synergistic()}) {
            for (double s : new double[] {0.3, 2.0, 4.4}) {
                double[] f = t.derivative(s, new double[100]);
                RecipePopulations.Pair p = recipe.at(f);
                double norm2 = 0;
                for (double v : f) {
                    norm2 += v * v;
                }
                assertClose(p.inputInformation(), solver.information(f, p.green()), 1e-9 * p.inputInformation(), "equal I_x");
                double bound = PropagationBound.bound(p.inputInformation(), norm2 / 1.0);
                assertClose(bound, solver.information(f, p.green(), 1.0), 1e-9 * bound, "green on the bound");
                assertTrue(solver.information(f, p.blue(), 1.0) < bound * (1 - 1e-6), "blue strictly below");
            }
        }
    }
}
