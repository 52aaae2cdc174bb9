package org.neurotheory.core.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Small dataset files written by the tests: IDX (gzip), CIFAR-10 binary batches and ustar archives. */
final class SyntheticDatasets {
    private SyntheticDatasets() {
    }

    /** Pixel value of image {@code i}, position {@code j}: a pattern that differs per image and position. */
    static int pixel(int i, int j) {
        return (7 * i + 3 * j) % 256;
    }

    static int label(int i, int classes) {
        return (i * 3 + 1) % classes;
    }

    /** An IDX image file of n images of rows x cols, gzip-compressed. */
    static byte[] idxImages(int n, int rows, int cols) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x803);
        d.writeInt(n);
        d.writeInt(rows);
        d.writeInt(cols);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < rows * cols; j++) {
                d.writeByte(pixel(i, j));
            }
        }
        return gzip(b.toByteArray());
    }

    /** An IDX label file of n labels in [0, 10), gzip-compressed. */
    static byte[] idxLabels(int n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x801);
        d.writeInt(n);
        for (int i = 0; i < n; i++) {
            d.writeByte(label(i, 10));
        }
        return gzip(b.toByteArray());
    }

    /** The four IDX files of an MNIST-format dataset with {@code train} and {@code test} images of 4x3. */
    static Map<String, byte[]> idxFiles(int train, int test) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("train-images-idx3-ubyte.gz", idxImages(train, 4, 3));
        m.put("train-labels-idx1-ubyte.gz", idxLabels(train));
        m.put("t10k-images-idx3-ubyte.gz", idxImages(test, 4, 3));
        m.put("t10k-labels-idx1-ubyte.gz", idxLabels(test));
        return m;
    }

    /** A CIFAR-10 binary batch of n records; record i of the batch carries global index first + i. */
    static byte[] cifarBatch(int first, int n) {
        byte[] out = new byte[n * CifarBinaryReader.RECORD_BYTES];
        for (int i = 0; i < n; i++) {
            int base = i * CifarBinaryReader.RECORD_BYTES;
            out[base] = (byte) label(first + i, 10);
            for (int j = 0; j < CifarBinaryReader.RECORD_BYTES - 1; j++) {
                out[base + 1 + j] = (byte) pixel(first + i, j);
            }
        }
        return out;
    }

    /** The six CIFAR-10 batch files, each holding {@code perBatch} records. */
    static Map<String, byte[]> cifarFiles(int perBatch) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int b = 1; b <= 5; b++) {
            m.put("data_batch_" + b + ".bin", cifarBatch((b - 1) * perBatch, perBatch));
        }
        m.put("test_batch.bin", cifarBatch(1000, perBatch));
        return m;
    }

    /** A gzip-compressed ustar archive with the given regular files (paths inside the archive). */
    static byte[] tarGz(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] h = new byte[512];
            put(h, 0, e.getKey());
            put(h, 100, "0000644");
            put(h, 108, "0001750");
            put(h, 116, "0001750");
            put(h, 124, String.format("%011o", e.getValue().length));
            put(h, 136, String.format("%011o", 1_600_000_000L));
            h[156] = '0';
            put(h, 257, "ustar");
            put(h, 263, "00");
            for (int i = 148; i < 156; i++) {
                h[i] = ' ';
            }
            long sum = 0;
            for (byte x : h) {
                sum += x & 0xff;
            }
            put(h, 148, String.format("%06o", sum));
            h[154] = 0;
            h[155] = ' ';
            tar.write(h);
            tar.write(e.getValue());
            int pad = (512 - e.getValue().length % 512) % 512;
            tar.write(new byte[pad]);
        }
        tar.write(new byte[1024]);
        return gzip(tar.toByteArray());
    }

    static RemoteFile remote(String name, byte[] content) throws Exception {
        return new RemoteFile(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), content.length);
    }

    private static void put(byte[] h, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, offset, b.length);
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(raw);
        }
        return b.toByteArray();
    }
}
