package org.neurotheory.bioplausible.conv.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.neurotheory.bioplausible.conv.BioplausibleConvPaper;
import org.neurotheory.bioplausible.conv.ConvPublicCalls;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.testing.FigureContract;

/**
 * The figure contract for Part 1 of the module (quick scale with every check, CSV hashes, paper
 * scale under the {@code slow} tag). Fig. 4's quick checks include the toy SGD plateau
 * within 0.15 of {@code log10 (gamma/(1+gamma))^2} for gamma in {0.1, 0.01, 0.001} and k in {3, 6, 9}
 * with 5 trials, and the mean direction kept (cosine > 0.999).
 */
class ConvFiguresTest extends FigureContract {
    ConvFiguresTest() {
        super(new BioplausibleConvPaper());
    }

    @Override
    protected Path hashFile() {
        return Path.of("src", "test", "resources", "figure-hashes-bioplausible-conv.txt");
    }

    /** Every figure of Part 1 colours its series when drawn ({@link SeriesColours}, Table 1's arms). */
    @Override
    protected Optional<String> coloursSetWhenDrawn(FigureSpec figure) {
        return Optional.of("coloured by SeriesColours or by Table1Arms when drawn");
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        ConvPublicCalls.verify(figure, data, SEED);
        if (figure.key().equals("fig4")) {
            assertEquals(12, data.panel("a: SGD on the sharing objective").series().size(), "9 runs + 3 theory curves");
            assertTrue(data.checks().size() >= 25, "checks: " + data.checks().size());
        }
    }
}
