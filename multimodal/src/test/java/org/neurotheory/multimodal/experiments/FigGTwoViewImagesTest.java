package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Scale;

/** Fig. G without its data set: a clear error that names the folder and the package to install. */
class FigGTwoViewImagesTest {
    @Test
    void missingFolderFailsWithInstallHint() {
        Path missing = Path.of("/nonexistent/fashion-mnist");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new FigGTwoViewImages(missing).compute(Scale.QUICK, 1));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
    }
}
