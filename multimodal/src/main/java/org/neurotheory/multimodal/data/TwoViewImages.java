package org.neurotheory.multimodal.data;

import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;

/**
 * Clean images for the noisy two-view task (paper Sec. 5, §2.2.6): the first {@code count}
 * images of a Fashion-MNIST split (the paper used MNIST), average-pooled by {@code pool} x
 * {@code pool} and normalised as the official code does, {@code (x - 0.1307) / 0.3081} (the MNIST
 * constants; the code uses them for Fashion-MNIST too). {@link ViewCorruption} turns them into the
 * two views.
 *
 * @param pixels row-major, {@code size() x dim()}
 * @param labels class of each image, in [0, 10)
 * @param side   side length of a pooled image; {@code dim() = side^2}
 */
public record TwoViewImages(float[] pixels, int[] labels, int side) {
    /** Number of classes. */
    public static final int CLASSES = 10;
    private static final float MEAN = 0.1307f;
    private static final float STD = 0.3081f;

    public TwoViewImages {
        Require.nonNull("pixels", pixels);
        Require.nonNull("labels", labels);
        Require.positive("side", side);
        Require.that(pixels.length == labels.length * side * side, "pixels.length", pixels.length,
                "must equal labels.length * side^2 = " + labels.length * side * side);
        for (int label : labels) {
            Require.that(label >= 0 && label < CLASSES, "label", label, "must be in [0, " + CLASSES + ")");
        }
    }

    /**
     * Pools and normalises the first {@code count} images of a one-channel set (e.g. a Fashion-MNIST
     * split from {@link org.neurotheory.core.data.DatasetCatalog}).
     *
     * @param raw   square one-channel images with 10 classes
     * @param count number of images, from the start of {@code raw}
     * @param pool  pooling factor, must divide the image side
     */
    public static TwoViewImages pooled(ImageDataset raw, int count, int pool) {
        Require.nonNull("raw", raw);
        Require.positive("count", count);
        Require.positive("pool", pool);
        Require.that(raw.channels() == 1 && raw.height() == raw.width(), "raw", raw.name(),
                "must hold square one-channel images, not " + raw.channels() + "x" + raw.height() + "x" + raw.width());
        Require.that(count <= raw.size(), "count", count, "must be <= " + raw.size() + " images in " + raw.name());
        Require.that(raw.height() % pool == 0, "pool", pool, "must divide the image side " + raw.height());
        int width = raw.width();
        int per = raw.imageSize();
        int side = raw.height() / pool;
        float[] pixels = new float[count * side * side];
        int[] labels = new int[count];
        float norm = pool * pool;
        float[] all = raw.pixels();
        for (int n = 0; n < count; n++) {
            int img = n * per;
            labels[n] = raw.labels()[n];
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    float s = 0;
                    for (int i = 0; i < pool; i++) {
                        for (int j = 0; j < pool; j++) {
                            s += all[img + (r * pool + i) * width + c * pool + j];
                        }
                    }
                    pixels[(n * side + r) * side + c] = (s / norm - MEAN) / STD;
                }
            }
        }
        return new TwoViewImages(pixels, labels, side);
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** Pixels per image. */
    public int dim() {
        return side * side;
    }

    /**
     * The label-input cross-covariance {@code Sigma_yx = mean_i (y_i - ybar) x_i^T} of these images'
     * labels (one-hot y) with inputs {@code view} ({@code size() x dim()}, e.g. one draw of view A),
     * added into {@code sum} (classes x dim). Its norm decides which modality the linear theory learns
     * first (paper Sec. 3, §3.3.1).
     */
    public void addCrossCovariance(float[] view, double[][] sum) {
        Require.nonNull("view", view);
        Require.that(view.length == pixels.length, "view.length", view.length, "must be size() * dim() = " + pixels.length);
        Require.that(sum.length == CLASSES && sum[0].length == dim(), "sum shape", sum.length + "x" + sum[0].length,
                "must be " + CLASSES + "x" + dim());
        int d = dim();
        int n = size();
        double[] mean = new double[CLASSES];
        for (int label : labels) {
            mean[label] += 1.0 / n;
        }
        double[] columnMean = new double[d];
        for (int i = 0; i < n; i++) {
            double[] row = sum[labels[i]];
            for (int j = 0; j < d; j++) {
                double x = view[i * d + j] / (double) n;
                row[j] += x;
                columnMean[j] += x;
            }
        }
        for (int c = 0; c < CLASSES; c++) {
            for (int j = 0; j < d; j++) {
                sum[c][j] -= mean[c] * columnMean[j];
            }
        }
    }
}
