package org.neurotheory.core.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neurotheory.core.Require;

/**
 * Reads the binary version of CIFAR-10 ({@code data_batch_1.bin} ... {@code test_batch.bin}): each
 * record is one label byte (0-9) followed by 3072 pixel bytes, the 1024 red values of the 32x32
 * image row by row, then green, then blue, which is exactly one image of an NCHW array.
 */
public final class CifarBinaryReader {
    /** Image side. */
    public static final int SIDE = 32;
    /** Channels (red, green, blue). */
    public static final int CHANNELS = 3;
    /** Classes. */
    public static final int CLASSES = 10;
    /** Bytes per record: one label byte and 3 x 32 x 32 pixels. */
    public static final int RECORD_BYTES = 1 + CHANNELS * SIDE * SIDE;

    private CifarBinaryReader() {
    }

    /**
     * Reads at most {@code limit} images from the batch files, in the order given.
     *
     * @param files batch files; each one's length must be a multiple of {@value #RECORD_BYTES}
     * @param name  the dataset's name, e.g. {@code cifar-10/train}
     * @param limit maximum number of images, at least 1
     */
    public static ImageDataset read(List<Path> files, String name, int limit) {
        Require.nonNull("files", files);
        Require.that(!files.isEmpty(), "files", files, "must name at least one batch file");
        Require.positive("limit", limit);
        long total = 0;
        for (Path f : files) {
            long size = size(f);
            if (size == 0 || size % RECORD_BYTES != 0) {
                throw new DatasetFormatException(f, "length " + size + " is not a positive multiple of the record size "
                        + RECORD_BYTES + " (1 label byte + 3x32x32 pixels)");
            }
            total += size / RECORD_BYTES;
        }
        int count = (int) Math.min(total, limit);
        int per = RECORD_BYTES - 1;
        float[] pixels = new float[Math.multiplyExact(count, per)];
        int[] labels = new int[count];
        byte[] record = new byte[RECORD_BYTES];
        int i = 0;
        for (Path f : files) {
            if (i == count) {
                break;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                int inFile = 0;
                while (i < count && in.readNBytes(record, 0, RECORD_BYTES) == RECORD_BYTES) {
                    int label = record[0] & 0xff;
                    if (label >= CLASSES) {
                        throw new DatasetFormatException(f, "record " + inFile + " has label " + label + ", expected [0, " + CLASSES + ")");
                    }
                    labels[i] = label;
                    int base = i * per;
                    for (int j = 0; j < per; j++) {
                        pixels[base + j] = (record[j + 1] & 0xff) / 255f;
                    }
                    i++;
                    inFile++;
                }
            } catch (EOFException e) {
                throw new DatasetFormatException(f, "truncated");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        if (i != count) {
            throw new DatasetFormatException(files.get(files.size() - 1), "ended after " + i + " of " + count + " records");
        }
        return new ImageDataset(name, CHANNELS, SIDE, SIDE, CLASSES, pixels, labels);
    }

    private static long size(Path f) {
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException("file = " + f + " is not allowed: must be an existing file");
        }
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
