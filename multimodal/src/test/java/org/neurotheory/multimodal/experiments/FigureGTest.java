package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.DatasetUnavailableException;
import org.neurotheory.core.data.StandardDataset;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;

/** Fig. G at quick scale on Fashion-MNIST from the dataset catalog (skipped where it has no copy; tests never download). */
class FigureGTest {
    @Test
    void quickScalePasses() {
        assumeTrue(DatasetCatalog.standard().find(StandardDataset.FASHION_MNIST).isPresent(),
                "needs Fashion-MNIST (apt-get install dataset-fashion-mnist)");
        Assertions.assertFigurePasses(new FigureG(), 1);
    }

    @Test
    void missingDataFailsWithTheCatalogsHowTo() {
        Path missing = Path.of("/nonexistent/fashion-mnist");
        DatasetCatalog catalog = new DatasetCatalog(Map.of(DatasetCatalog.folderProperty(StandardDataset.FASHION_MNIST),
                missing.toString())::get, name -> null, Path.of("/nonexistent/home"), DatasetCatalog.DEBIAN_ROOT);
        DatasetUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetUnavailableException.class,
                () -> new FigureG(catalog).compute(Scale.QUICK, 1));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
    }
}
