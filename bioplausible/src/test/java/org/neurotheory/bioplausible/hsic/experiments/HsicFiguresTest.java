package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.neurotheory.bioplausible.hsic.BioplausibleHsicPaper;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.testing.FigureContract;

/**
 * The figure contract for Part 2 of the module: every figure at quick scale with every check, CSV
 * hashes, the public-call recomputations of {@link HsicPublicCalls}; under the {@code slow} tag every
 * figure at paper scale (table1 there is the paper's full protocol: about 21 CPU-hours for the Fashion-MNIST row, see
 * the docs page;
 * {@code Table1MethodsTest}'s slow test runs the reduced protocol instead). table1 at quick scale
 * trains ten networks (a few minutes).
 */
class HsicFiguresTest extends FigureContract {
    HsicFiguresTest() {
        super(new BioplausibleHsicPaper());
    }

    @Override
    protected Path hashFile() {
        return Path.of("src", "test", "resources", "figure-hashes-bioplausible-hsic.txt");
    }

    @Override
    protected Optional<String> unavailable(FigureSpec figure) {
        boolean images = figure instanceof Table1Methods || figure instanceof Fig1LayerwiseVsBackprop;
        return images && !FashionMnist.present() ? Optional.of("Fashion-MNIST not installed") : Optional.empty();
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        HsicPublicCalls.verify(figure, data, SEED);
        if (figure instanceof Table1Methods) {
            System.out.println(data.notes());
            assertEquals(Table1Method.values().length, data.panel("a").series("reproduction (mean over seeds)").size());
        }
        if (figure instanceof Fig2TwoPointRule) {
            assertEquals(Fig2TwoPointRule.Params.quick().points(), data.panel("a").series("online two-point rule").size());
        }
    }
}
