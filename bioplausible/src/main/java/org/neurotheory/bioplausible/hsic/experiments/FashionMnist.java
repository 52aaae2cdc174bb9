package org.neurotheory.bioplausible.hsic.experiments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.neurotheory.core.data.IdxReader;
import org.neurotheory.core.data.ImageDataset;

/**
 * Fashion-MNIST as the paper feeds it (Sec. 2.9): pixels scaled to [0, 1], then
 * {@code (x - 0.5)/0.5}, so the network sees values in [-1, 1]; no augmentation. The files are
 * looked up in the folder named by the system property {@code neurotheory.data.fashion-mnist}, else
 * in Debian's {@code /usr/share/datasets/fashion-mnist} (package {@code dataset-fashion-mnist}).
 */
public final class FashionMnist {
    /** System property naming a folder with the four IDX files. */
    public static final String PROPERTY = "neurotheory.data.fashion-mnist";
    private static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

    private FashionMnist() {
    }

    /** The folder holding the files, if any. */
    public static Optional<Path> folder() {
        String p = System.getProperty(PROPERTY);
        Path dir = p != null ? Path.of(p) : DEBIAN;
        return Files.isRegularFile(dir.resolve("train-labels-idx1-ubyte.gz")) || Files.isRegularFile(dir.resolve("train-labels-idx1-ubyte"))
                ? Optional.of(dir) : Optional.empty();
    }

    /** The one-line message when the files are missing. */
    public static String howToGet() {
        return "Fashion-MNIST not found: install the Debian package dataset-fashion-mnist, or set -D" + PROPERTY
                + "=<folder with train-images-idx3-ubyte.gz ...> (files from github.com/zalandoresearch/fashion-mnist)";
    }

    /** Split {@code train} or {@code t10k}, normalised to [-1, 1]. */
    public static ImageDataset load(String split) {
        Path dir = folder().orElseThrow(() -> new IllegalStateException(howToGet()));
        ImageDataset raw = ImageDataset.of("fashion-mnist/" + split, IdxReader.readSplit(dir, split), 10);
        float[] px = raw.pixels();
        for (int i = 0; i < px.length; i++) {
            px[i] = (px[i] - 0.5f) / 0.5f;
        }
        return raw;
    }
}
