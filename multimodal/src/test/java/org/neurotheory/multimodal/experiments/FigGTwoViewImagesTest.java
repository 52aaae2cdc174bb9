package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.DatasetUnavailableException;
import org.neurotheory.core.data.StandardDataset;
import org.neurotheory.core.figure.Scale;

/** Fig. G without its data set: the dataset catalog's one-line message names the folder, the package and the property. */
class FigGTwoViewImagesTest {
    @Test
    void missingDataFailsWithTheCatalogsHowTo() {
        Path missing = Path.of("/nonexistent/fashion-mnist");
        DatasetCatalog catalog = new DatasetCatalog(Map.of(DatasetCatalog.folderProperty(StandardDataset.FASHION_MNIST),
                missing.toString())::get, name -> null, Path.of("/nonexistent/home"), DatasetCatalog.DEBIAN_ROOT);
        DatasetUnavailableException e = Assertions.assertThrows(DatasetUnavailableException.class,
                () -> new FigGTwoViewImages(catalog).compute(Scale.QUICK, 1));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dneurotheory.data.fashion-mnist=<folder>"), e.getMessage());
    }
}
