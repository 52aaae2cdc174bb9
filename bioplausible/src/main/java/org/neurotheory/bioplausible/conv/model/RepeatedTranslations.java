package org.neurotheory.bioplausible.conv.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * Data augmentation by repeated translations (Pogodin et al. 2021, Sec. 3; official
 * {@code --n-repetitions}): every image of a batch appears {@code nRep} times, each copy shifted by
 * its own random offset {@code (dy, dx)} uniform in {@code [-maxShift, maxShift]^2} with zero fill
 * (the official RandomCrop with padding {@code maxShift}, applied after standardisation so the fill
 * is the mean). The result holds copy {@code r} of image {@code b} at index {@code r B + b}, as the
 * official code concatenates the copies; labels repeat the same way.
 */
public final class RepeatedTranslations {
    private RepeatedTranslations() {
    }

    /**
     * Augments {@code batch} ({@code B x C x H x W}, row-major) into {@code out}
     * ({@code nRep B x C x H x W}) and returns it.
     */
    public static float[] augment(float[] batch, int batchSize, int channels, int height, int width, int nRep,
                                  int maxShift, SplittableRandom rng, float[] out) {
        Require.positive("batchSize", batchSize);
        Require.positive("channels", channels);
        Require.positive("height", height);
        Require.positive("width", width);
        Require.positive("nRep", nRep);
        Require.inRange("maxShift", maxShift, 0, Math.min(height, width) - 1);
        Require.nonNull("rng", rng);
        int image = channels * height * width;
        Require.that(batch != null && batch.length == batchSize * image, "batch.length",
                batch == null ? "null" : batch.length, "must equal batchSize * C * H * W = " + batchSize * image);
        Require.that(out != null && out.length == nRep * batchSize * image, "out.length",
                out == null ? "null" : out.length, "must equal nRep * batchSize * C * H * W = " + nRep * batchSize * image);
        for (int r = 0; r < nRep; r++) {
            for (int b = 0; b < batchSize; b++) {
                int dy = maxShift == 0 ? 0 : rng.nextInt(2 * maxShift + 1) - maxShift;
                int dx = maxShift == 0 ? 0 : rng.nextInt(2 * maxShift + 1) - maxShift;
                int src = b * image;
                int dst = (r * batchSize + b) * image;
                for (int c = 0; c < channels; c++) {
                    for (int y = 0; y < height; y++) {
                        int sy = y - dy;
                        for (int x = 0; x < width; x++) {
                            int sx = x - dx;
                            out[dst + (c * height + y) * width + x] = sy < 0 || sy >= height || sx < 0 || sx >= width
                                    ? 0f : batch[src + (c * height + sy) * width + sx];
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Labels of an augmented batch: {@code labels} repeated {@code nRep} times. */
    public static int[] labels(int[] labels, int nRep) {
        Require.nonNull("labels", labels);
        Require.positive("nRep", nRep);
        int[] out = new int[labels.length * nRep];
        for (int r = 0; r < nRep; r++) {
            System.arraycopy(labels, 0, out, r * labels.length, labels.length);
        }
        return out;
    }
}
