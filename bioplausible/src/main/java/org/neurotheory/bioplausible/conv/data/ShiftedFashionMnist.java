package org.neurotheory.bioplausible.conv.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.IdxReader;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.random.Seeds;

/**
 * Shifted Fashion-MNIST on a 36 x 36 canvas, our reduced stand-in for CIFAR in Pogodin et al.
 * 2021: each 28 x 28 image sits at an offset uniform in {@code [0, 8]^2}, drawn once per image (train
 * and test from different streams of the seed), then all pixels are standardised with the training
 * canvas's mean and standard deviation, so the layers' zero padding is the mean.
 *
 * @param train standardised training canvases
 * @param test  standardised test canvases
 */
public record ShiftedFashionMnist(ImageDataset train, ImageDataset test) {
    /** Debian's {@code dataset-fashion-mnist} location. */
    public static final Path DEBIAN_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    /** Canvas size. */
    public static final int CANVAS = 36;

    /** The Fashion-MNIST folder: system property {@code neurotheory.fashionMnist}, else Debian's, if present. */
    public static Optional<Path> locate() {
        String prop = System.getProperty("neurotheory.fashionMnist");
        Path dir = prop != null ? Path.of(prop) : DEBIAN_DIR;
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The first {@code trainImages} training and {@code testImages} test images, shifted and standardised. */
    public static ShiftedFashionMnist load(Path dir, int trainImages, int testImages, long seed) {
        Require.nonNull("dir", dir);
        ImageDataset train = ImageDataset.of("fashion-mnist/train", IdxReader.readSplit(dir, "train"), 10).head(trainImages);
        ImageDataset test = ImageDataset.of("fashion-mnist/test", IdxReader.readSplit(dir, "t10k"), 10).head(testImages);
        ImageDataset trainCanvas = ShiftedImages.onCanvas(train, CANVAS, Seeds.derive(seed, 0));
        ImageDataset testCanvas = ShiftedImages.onCanvas(test, CANVAS, Seeds.derive(seed, 1));
        double mean = 0;
        double sq = 0;
        for (float v : trainCanvas.pixels()) {
            mean += v;
            sq += (double) v * v;
        }
        mean /= trainCanvas.pixels().length;
        double std = Math.sqrt(sq / trainCanvas.pixels().length - mean * mean);
        return new ShiftedFashionMnist(standardise(trainCanvas, mean, std), standardise(testCanvas, mean, std));
    }

    private static ImageDataset standardise(ImageDataset d, double mean, double std) {
        float[] p = d.pixels().clone();
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) ((p[i] - mean) / std);
        }
        return new ImageDataset(d.name() + "/standardised", d.channels(), d.height(), d.width(), d.classes(), p,
                d.labels());
    }
}
