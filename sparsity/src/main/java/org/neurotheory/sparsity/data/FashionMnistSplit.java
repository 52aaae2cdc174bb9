package org.neurotheory.sparsity.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.IdxReader;
import org.neurotheory.core.data.ImageDataset;

/**
 * Fashion-MNIST split as the paper's notebook splits MNIST (Sec. 2.5 of the reproduction notes in
 * the module docs): pixels in [0, 1], the last 5,000 training images held out for validation,
 * 55,000 for training, the 10,000 test images for test. Read from the directory given by the
 * system property {@code neurotheory.fashionMnist}, else Debian's {@code /usr/share/datasets/fashion-mnist}.
 *
 * @param train      training images (first {@code 60000 - validation} of the training file)
 * @param validation held-out images (last {@code validation} of the training file)
 * @param test       test images
 */
public record FashionMnistSplit(ImageDataset train, ImageDataset validation, ImageDataset test) {
    /** Debian package {@code dataset-fashion-mnist}'s location. */
    public static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

    public FashionMnistSplit {
        Require.nonNull("train", train);
        Require.nonNull("validation", validation);
        Require.nonNull("test", test);
    }

    /** The directory the data are read from. */
    public static Path directory() {
        String p = System.getProperty("neurotheory.fashionMnist");
        return p == null ? DEBIAN : Path.of(p);
    }

    /** True when the four IDX files are present. */
    public static boolean available() {
        Path d = directory();
        return Files.exists(d.resolve("train-images-idx3-ubyte.gz")) && Files.exists(d.resolve("t10k-labels-idx1-ubyte.gz"));
    }

    /** The notebook's split: 5,000 validation images. */
    public static FashionMnistSplit load() {
        return load(5000);
    }

    /** Loads with the last {@code validation} training images held out. */
    public static FashionMnistSplit load(int validation) {
        Require.inRange("validation", validation, 1, 59_999);
        Require.that(available(), "fashion-mnist directory", directory(),
                "must hold the IDX files (install Debian's dataset-fashion-mnist or set -Dneurotheory.fashionMnist=DIR)");
        ImageDataset all = ImageDataset.of("fashion-mnist-train", IdxReader.readSplit(directory(), "train"), 10);
        ImageDataset test = ImageDataset.of("fashion-mnist-test", IdxReader.readSplit(directory(), "t10k"), 10);
        int n = all.size() - validation;
        return new FashionMnistSplit(slice(all, "fashion-mnist-train", 0, n),
                slice(all, "fashion-mnist-validation", n, all.size()), test);
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive) of {@code data}. */
    public static ImageDataset slice(ImageDataset data, String name, int from, int to) {
        Require.inRange("from", from, 0, data.size() - 1);
        Require.inRange("to", to, from + 1, data.size());
        int per = data.imageSize();
        return new ImageDataset(name, data.channels(), data.height(), data.width(), data.classes(),
                Arrays.copyOfRange(data.pixels(), from * per, to * per), Arrays.copyOfRange(data.labels(), from, to));
    }
}
