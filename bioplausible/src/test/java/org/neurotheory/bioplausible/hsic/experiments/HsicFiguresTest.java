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
 * figure at paper scale except table1, whose paper scale is the paper's full protocol (about 21 CPU-hours
 * for the Fashion-MNIST row, see the docs page; {@code -Dneurotheory.hsic.fullTable1=true} includes it, and
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

    /**
     * table1 at paper scale is the paper's full protocol, about 21 CPU-hours for the Fashion-MNIST row:
     * run only with {@code -Dneurotheory.hsic.fullTable1=true}; {@code Table1MethodsTest}'s slow test
     * runs the reduced protocol.
     */
    @Override
    protected Optional<String> unavailableAtPaperScale(FigureSpec figure) {
        if (figure instanceof Table1Methods && !Boolean.getBoolean("neurotheory.hsic.fullTable1")) {
            return Optional.of("the paper's full Table 1 protocol takes about 21 CPU-hours; "
                    + "-Dneurotheory.hsic.fullTable1=true runs it (Table1MethodsTest runs the reduced protocol)");
        }
        return unavailable(figure);
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
