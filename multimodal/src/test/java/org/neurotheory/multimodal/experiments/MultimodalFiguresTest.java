package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.multimodal.MultimodalPaper;
import org.neurotheory.multimodal.data.TwoViewImages;

/**
 * Every figure at quick scale: checks pass (card 5a.5-5a.12 and the figure checks), CSV hashes as
 * committed, keys registered (core's contract). Fig. G needs Debian's Fashion-MNIST and is skipped
 * where the package is not installed.
 */
class MultimodalFiguresTest extends FigureContract {
    MultimodalFiguresTest() {
        super(new MultimodalPaper());
    }

    @Override
    protected Optional<String> unavailable(FigureSpec figure) {
        if (figure instanceof FigGTwoViewImages && !Files.isDirectory(TwoViewImages.directory())) {
            return Optional.of("needs " + TwoViewImages.directory() + " (apt-get install dataset-fashion-mnist)");
        }
        return Optional.empty();
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        if (figure instanceof FigFGeneralisation) {
            // card 5a.10: at P = 40 early fusion learns both modalities, norms "O(0.4-0.6)"; late fusion's B
            // stays near zero (a check of the figure). The bounds are the card's range widened by 0.1 each side
            double[] early = (double[]) data.parameters().get("earlyNormsP40");
            assertTrue(early[0] > 0.3 && early[0] < 0.7, "early |W_A^tot| = " + early[0]);
            assertTrue(early[1] > 0.3 && early[1] < 0.7, "early |W_B^tot| = " + early[1]);
        }
    }
}
