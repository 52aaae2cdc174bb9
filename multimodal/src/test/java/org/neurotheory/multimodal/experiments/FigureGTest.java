package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.multimodal.data.TwoViewImages;

/** Fig. G at quick scale on Debian's Fashion-MNIST (skipped where the package is not installed). */
class FigureGTest {
    @Test
    void quickScalePasses() {
        assumeTrue(Files.isDirectory(TwoViewImages.directory()), "needs " + TwoViewImages.directory()
                + " (apt-get install dataset-fashion-mnist)");
        Assertions.assertFigurePasses(new FigureG(), 1);
    }

    @Test
    void missingFolderFailsWithInstallHint() {
        Path missing = Path.of("/nonexistent/fashion-mnist");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new FigureG(missing).compute(Scale.QUICK, 1));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
    }
}
