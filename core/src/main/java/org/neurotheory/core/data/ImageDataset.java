package org.neurotheory.core.data;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * A labelled image set held as one flat array: {@code pixels} is N x C x H x W in row-major
 * (NCHW) order with values in [0, 1]; {@code labels[i]} lies in [0, classes). This is the form the
 * training code ({@code core.nn}) and the dataset catalog exchange.
 *
 * @param name     e.g. {@code fashion-mnist/train}
 * @param channels C (1 for MNIST-like sets, 3 for CIFAR-10)
 * @param height   H
 * @param width    W
 * @param classes  number of label values
 * @param pixels   N*C*H*W values
 * @param labels   N labels
 */
public record ImageDataset(String name, int channels, int height, int width, int classes, float[] pixels, int[] labels) {
    public ImageDataset {
        Require.nonNull("name", name);
        Require.positive("channels", channels);
        Require.positive("height", height);
        Require.positive("width", width);
        Require.positive("classes", classes);
        Require.nonNull("pixels", pixels);
        Require.nonNull("labels", labels);
        long per = (long) channels * height * width;
        Require.that((long) labels.length * per == pixels.length, "pixels.length", pixels.length,
                "must equal labels.length * channels * height * width = " + labels.length * per);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("labels[" + i + "] = " + labels[i] + " is not allowed: must be in [0, " + classes + ")");
            }
        }
    }

    /** Builds a one-channel set from {@link IdxReader#read}'s per-image arrays. */
    public static ImageDataset of(String name, IdxReader.Dataset raw, int classes) {
        int per = raw.rows() * raw.cols();
        float[] flat = new float[raw.size() * per];
        for (int i = 0; i < raw.size(); i++) {
            System.arraycopy(raw.images()[i], 0, flat, i * per, per);
        }
        return new ImageDataset(name, 1, raw.rows(), raw.cols(), classes, flat, raw.labels().clone());
    }

    /** Number of images N. */
    public int size() {
        return labels.length;
    }

    /** Values per image, C*H*W. */
    public int imageSize() {
        return channels * height * width;
    }

    /** The first {@code n} images (n in [1, size()]), e.g. for a reduced-scale run. */
    public ImageDataset head(int n) {
        Require.inRange("n", n, 1, size());
        return new ImageDataset(name, channels, height, width, classes,
                Arrays.copyOf(pixels, n * imageSize()), Arrays.copyOf(labels, n));
    }
}
