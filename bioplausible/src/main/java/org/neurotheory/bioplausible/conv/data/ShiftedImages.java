package org.neurotheory.bioplausible.conv.data;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.random.Seeds;

/**
 * Objects at varying positions with limited data, the regime where weight sharing matters: each
 * image is pasted into a larger zero canvas at an offset drawn once per image, uniform in
 * {@code [0, canvas - size]^2} (our reduced stand-in for CIFAR in Pogodin et al. 2021; e.g.
 * Fashion-MNIST 28 x 28 into 36 x 36).
 */
public final class ShiftedImages {
    private ShiftedImages() {
    }

    /** Pastes every image of {@code raw} into a {@code canvas x canvas} map at offsets drawn from {@code seed}. */
    public static ImageDataset onCanvas(ImageDataset raw, int canvas, long seed) {
        Require.nonNull("raw", raw);
        Require.that(canvas >= raw.height() && canvas >= raw.width(), "canvas", canvas,
                "must be >= the image size " + raw.height() + " x " + raw.width());
        SplittableRandom rng = Seeds.stream(seed);
        int c = raw.channels();
        int h = raw.height();
        int w = raw.width();
        float[] out = new float[raw.size() * c * canvas * canvas];
        for (int n = 0; n < raw.size(); n++) {
            int oy = rng.nextInt(canvas - h + 1);
            int ox = rng.nextInt(canvas - w + 1);
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < h; y++) {
                    System.arraycopy(raw.pixels(), ((n * c + ch) * h + y) * w,
                            out, ((n * c + ch) * canvas + oy + y) * canvas + ox, w);
                }
            }
        }
        return new ImageDataset(raw.name() + "/canvas" + canvas, c, canvas, canvas, raw.classes(), out,
                raw.labels().clone());
    }
}
