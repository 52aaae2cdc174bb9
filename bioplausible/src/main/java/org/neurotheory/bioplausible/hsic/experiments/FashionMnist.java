package org.neurotheory.bioplausible.hsic.experiments;

import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;

/**
 * Fashion-MNIST as the paper feeds it (Sec. 2.9): pixels in [0, 1] from core's dataset catalog,
 * then {@code (x - 0.5)/0.5}, so the network sees values in [-1, 1]; no augmentation. When the
 * files can be neither found nor downloaded the catalog throws
 * {@link org.neurotheory.core.data.DatasetUnavailableException} with a one-line message, and
 * {@code reproduce} reports the figure as skipped.
 */
public final class FashionMnist {
    private FashionMnist() {
    }

    /** Whether the files are present (without downloading). */
    public static boolean present() {
        return Table1Dataset.FASHION_MNIST.present(DatasetCatalog.standard());
    }

    /** The first {@code limit} images of a split, normalised to [-1, 1]. */
    public static ImageDataset load(Split split, int limit) {
        return Table1Dataset.FASHION_MNIST.load(DatasetCatalog.standard(), split, limit);
    }

    /** A whole split, normalised to [-1, 1]. */
    public static ImageDataset load(Split split) {
        return load(split, Integer.MAX_VALUE);
    }
}
