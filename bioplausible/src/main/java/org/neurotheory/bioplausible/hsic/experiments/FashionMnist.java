package org.neurotheory.bioplausible.hsic.experiments;

import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.data.StandardDataset;

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
        return DatasetCatalog.standard().find(StandardDataset.FASHION_MNIST).isPresent();
    }

    /** The first {@code limit} images of a split, normalised to [-1, 1]. */
    public static ImageDataset load(Split split, int limit) {
        ImageDataset raw = DatasetCatalog.standard().load(StandardDataset.FASHION_MNIST, split, limit);
        float[] px = raw.pixels();
        for (int i = 0; i < px.length; i++) {
            px[i] = (px[i] - 0.5f) / 0.5f;
        }
        return raw;
    }

    /** A whole split, normalised to [-1, 1]. */
    public static ImageDataset load(Split split) {
        return load(split, Integer.MAX_VALUE);
    }
}
