package org.neurotheory.core.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.neurotheory.core.Require;

/**
 * Reads MNIST-format IDX files (raw or gzip, detected from the content): unsigned-byte image
 * tensors (magic 0x00000803) and label vectors (magic 0x00000801).
 * Malformed files raise {@link IdxFormatException} naming the file and the problem.
 */
public final class IdxReader {
    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Images and labels of one split. {@code images[i]} holds rows*cols pixels in [0, 1]. */
    public record Dataset(float[][] images, int[] labels, int rows, int cols) {
        public int size() {
            return labels.length;
        }
    }

    /** Reads images with pixel values scaled to [0, 1]. Returns {count, rows, cols} and pixels. */
    public static float[][] readImages(Path file, int[] shapeOut) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new IdxFormatException(file, String.format("wrong magic number 0x%08x, expected 0x%08x (images)", magic, IMAGES_MAGIC));
            }
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (n < 0 || rows <= 0 || cols <= 0) {
                throw new IdxFormatException(file, "invalid header: count " + n + ", rows " + rows + ", cols " + cols);
            }
            if (shapeOut != null) {
                shapeOut[0] = n;
                shapeOut[1] = rows;
                shapeOut[2] = cols;
            }
            byte[] buf = new byte[rows * cols];
            float[][] out = new float[n][rows * cols];
            for (int i = 0; i < n; i++) {
                readFully(in, buf, file, "image " + i + " of " + n);
                for (int j = 0; j < buf.length; j++) {
                    out[i][j] = (buf[j] & 0xff) / 255f;
                }
            }
            return out;
        } catch (EOFException e) {
            throw new IdxFormatException(file, "truncated header");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a label file. */
    public static int[] readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new IdxFormatException(file, String.format("wrong magic number 0x%08x, expected 0x%08x (labels)", magic, LABELS_MAGIC));
            }
            int n = in.readInt();
            if (n < 0) {
                throw new IdxFormatException(file, "invalid header: count " + n);
            }
            byte[] buf = new byte[n];
            readFully(in, buf, file, n + " labels");
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = buf[i] & 0xff;
            }
            return out;
        } catch (EOFException e) {
            throw new IdxFormatException(file, "truncated header");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads an images file and its labels file and checks that their counts match. */
    public static Dataset read(Path images, Path labels) {
        Require.nonNull("images", images);
        Require.nonNull("labels", labels);
        int[] shape = new int[3];
        float[][] x = readImages(images, shape);
        int[] y = readLabels(labels);
        if (x.length != y.length) {
            throw new IdxFormatException(labels, "holds " + y.length + " labels but " + images + " holds "
                    + x.length + " images");
        }
        return new Dataset(x, y, shape[1], shape[2]);
    }

    /**
     * Reads at most {@code limit} images (from the start) and their labels straight into an
     * {@link ImageDataset} (one channel, pixels {@code byte / 255f}), without the per-image arrays of
     * {@link #read}. The two files' counts must match; a label outside [0, classes) is a format error.
     */
    public static ImageDataset readImageDataset(Path images, Path labels, String name, int classes, int limit) {
        Require.nonNull("images", images);
        Require.nonNull("labels", labels);
        Require.positive("classes", classes);
        Require.positive("limit", limit);
        int[] y = readLabels(labels);
        try (DataInputStream in = open(images)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new IdxFormatException(images, String.format("wrong magic number 0x%08x, expected 0x%08x (images)", magic, IMAGES_MAGIC));
            }
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (n < 0 || rows <= 0 || cols <= 0) {
                throw new IdxFormatException(images, "invalid header: count " + n + ", rows " + rows + ", cols " + cols);
            }
            if (n != y.length) {
                throw new IdxFormatException(labels, "holds " + y.length + " labels but " + images + " holds " + n + " images");
            }
            int count = Math.min(n, limit);
            int per = rows * cols;
            byte[] buf = new byte[per];
            float[] pixels = new float[Math.multiplyExact(count, per)];
            for (int i = 0; i < count; i++) {
                readFully(in, buf, images, "image " + i + " of " + n);
                for (int j = 0; j < per; j++) {
                    pixels[i * per + j] = (buf[j] & 0xff) / 255f;
                }
            }
            int[] kept = Arrays.copyOf(y, count);
            for (int i = 0; i < count; i++) {
                if (kept[i] >= classes) {
                    throw new IdxFormatException(labels, "label " + i + " is " + kept[i] + ", expected [0, " + classes + ")");
                }
            }
            return new ImageDataset(name, 1, rows, cols, classes, pixels, kept);
        } catch (EOFException e) {
            throw new IdxFormatException(images, "truncated header");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + images, e);
        }
    }

    /**
     * Reads a split ({@code train} or {@code t10k}) from a directory holding the standard file names
     * ({@code train-images-idx3-ubyte[.gz]}, ...), e.g. Debian's /usr/share/datasets/fashion-mnist.
     */
    public static Dataset readSplit(Path dir, String split) {
        Require.that(split.equals("train") || split.equals("t10k"), "split", split, "must be 'train' or 't10k'");
        return read(find(dir, split + "-images-idx3-ubyte"), find(dir, split + "-labels-idx1-ubyte"));
    }

    private static Path find(Path dir, String base) {
        for (String suffix : new String[] {"", ".gz"}) {
            Path p = dir.resolve(base + suffix);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("dir = " + dir + " is not allowed: it holds no " + base + "[.gz]");
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("file = " + file + " is not allowed: must be an existing file");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new BufferedInputStream(new GZIPInputStream(raw)) : raw;
        return new DataInputStream(in);
    }

    private static void readFully(DataInputStream in, byte[] buf, Path file, String what) throws IOException {
        try {
            in.readFully(buf);
        } catch (EOFException e) {
            throw new IdxFormatException(file, "truncated while reading " + what);
        }
    }
}
