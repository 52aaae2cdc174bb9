package org.neurotheory.sparsity.data;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.data.StandardDataset;

/**
 * Fashion-MNIST split as the paper's notebook splits MNIST: pixels in [0, 1], the last 5,000
 * training images held out for validation, 55,000 for training, the 10,000 test images for test.
 * The files come from core's {@link DatasetCatalog} (Debian's {@code dataset-fashion-mnist}, a
 * configured folder, or a verified download); when they cannot be had, loading throws the
 * catalog's {@link org.neurotheory.core.data.DatasetUnavailableException}, which {@code reproduce}
 * reports as a skipped figure. Optionally every image is average-pooled over {@code k x k} pixel
 * blocks (the reduced scale of Fig. 1 uses 14 x 14 images).
 *
 * @param train      training images (first {@code 60000 - validation} of the training file)
 * @param validation held-out images (last {@code validation} of the training file)
 * @param test       test images
 */
public record FashionMnistSplit(ImageDataset train, ImageDataset validation, ImageDataset test) {
    private static final Map<String, FashionMnistSplit> CACHE = new ConcurrentHashMap<>();

    public FashionMnistSplit {
        Require.nonNull("train", train);
        Require.nonNull("validation", validation);
        Require.nonNull("test", test);
    }

    /** True when the catalog finds the files without downloading. */
    public static boolean available() {
        return DatasetCatalog.standard().find(StandardDataset.FASHION_MNIST).isPresent();
    }

    /** The notebook's split: 5,000 validation images, full-size images. */
    public static FashionMnistSplit load() {
        return load(5000, 1);
    }

    /** Loads with the last {@code validation} training images held out, full-size images. */
    public static FashionMnistSplit load(int validation) {
        return load(validation, 1);
    }

    /**
     * Loads with the last {@code validation} training images held out and every image average-pooled
     * over {@code pooling x pooling} blocks (1 = the original 28 x 28). Loaded once per JVM and
     * shared: callers must not modify the arrays.
     *
     * @param validation held-out training images, in [1, 59999]
     * @param pooling    block side, a divisor of 28
     */
    public static FashionMnistSplit load(int validation, int pooling) {
        Require.inRange("validation", validation, 1, 59_999);
        Require.that(pooling >= 1 && 28 % pooling == 0, "pooling", pooling, "must be a divisor of 28 (1, 2, 4, 7, 14, 28)");
        String key = validation + "/" + pooling;
        FashionMnistSplit cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        DatasetCatalog catalog = DatasetCatalog.standard();
        ImageDataset all = averagePooled(catalog.load(StandardDataset.FASHION_MNIST, Split.TRAIN), pooling);
        ImageDataset test = averagePooled(catalog.load(StandardDataset.FASHION_MNIST, Split.TEST), pooling);
        int n = all.size() - validation;
        FashionMnistSplit split = new FashionMnistSplit(slice(all, "fashion-mnist-train", 0, n),
                slice(all, "fashion-mnist-validation", n, all.size()), test);
        CACHE.putIfAbsent(key, split);
        return CACHE.get(key);
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive) of {@code data}. */
    public static ImageDataset slice(ImageDataset data, String name, int from, int to) {
        Require.inRange("from", from, 0, data.size() - 1);
        Require.inRange("to", to, from + 1, data.size());
        int per = data.imageSize();
        return new ImageDataset(name, data.channels(), data.height(), data.width(), data.classes(),
                Arrays.copyOfRange(data.pixels(), from * per, to * per), Arrays.copyOfRange(data.labels(), from, to));
    }

    /**
     * Every image's {@code k x k} blocks replaced by their mean (per channel); {@code k} must divide
     * height and width. {@code k = 1} returns {@code data} itself.
     */
    public static ImageDataset averagePooled(ImageDataset data, int k) {
        Require.that(k >= 1 && data.height() % k == 0 && data.width() % k == 0, "k", k,
                "must divide the image height " + data.height() + " and width " + data.width());
        if (k == 1) {
            return data;
        }
        int h = data.height() / k;
        int w = data.width() / k;
        int planes = data.size() * data.channels();
        float[] in = data.pixels();
        float[] out = new float[planes * h * w];
        float scale = 1f / (k * k);
        for (int p = 0; p < planes; p++) {
            int src = p * data.height() * data.width();
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                    float s = 0;
                    for (int a = 0; a < k; a++) {
                        int row = src + (i * k + a) * data.width() + j * k;
                        for (int b = 0; b < k; b++) {
                            s += in[row + b];
                        }
                    }
                    out[(p * h + i) * w + j] = s * scale;
                }
            }
        }
        return new ImageDataset(data.name() + "-pooled" + k, data.channels(), h, w, data.classes(), out, data.labels().clone());
    }
}
