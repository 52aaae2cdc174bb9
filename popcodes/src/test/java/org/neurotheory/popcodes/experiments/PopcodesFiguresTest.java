package org.neurotheory.popcodes.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.popcodes.PopcodesPaper;
import org.neurotheory.popcodes.data.RecipePopulations;
import org.neurotheory.popcodes.model.TuningCurves;

/**
 * Every figure at quick scale: checks pass (the recipe invariants, check 13 of the model reference in
 * docs/papers/popcodes.md, and the figure checks), CSV hashes, keys.
 */
class PopcodesFiguresTest extends FigureContract {
    PopcodesFiguresTest() {
        super(new PopcodesPaper());
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        PopcodesPublicCalls.verify(figure, data, SEED);
        if (figure instanceof Fig2RedundantCodes) {
            assertEquals(20, data.panel("a").series().size(), "20 example tuning curves");
        }
        if (figure instanceof RobustnessComparison) {
            // the plotted stimulus averages are one public call: same sums in the same order, so equal bits
            RecipePopulations recipe = figure instanceof Fig2RedundantCodes ? RecipePopulations.redundant()
                    : RecipePopulations.synergistic();
            TuningCurves tuning = TuningCurves.recipe(100);
            Series green = data.panel("b").series().stream().filter(x -> x.name().startsWith("green")).findFirst().orElseThrow();
            Series blue = data.panel("b").series().stream().filter(x -> x.name().equals("blue")).findFirst().orElseThrow();
            Series bound = data.panel("b").series().stream().filter(x -> x.name().startsWith("bound")).findFirst().orElseThrow();
            for (int j = 0; j < green.size(); j++) {
                RecipePopulations.AveragedInformation a = recipe.averaged(tuning, 100, green.x()[j]);
                assertEquals(green.y()[j], a.green(), 0.0, "green I_y at sigma^2 = " + green.x()[j]);
                assertEquals(blue.y()[j], a.blue(), 0.0, "blue I_y at sigma^2 = " + green.x()[j]);
                assertEquals(bound.y()[j], a.bound(), 0.0, "bound at sigma^2 = " + green.x()[j]);
            }
            RecipePopulations.AveragedInformation noiseless = recipe.averaged(tuning, 100, 0);
            Series c = data.panel("c").series().stream().filter(x -> x.name().equals("green")).findFirst().orElseThrow();
            assertEquals(c.y()[0], noiseless.input(), 0.0, "<I_x>_s");
            assertEquals(c.y()[1], noiseless.shuffledGreen(), 0.0, "green <I_shuf>_s");
        }
    }
}
