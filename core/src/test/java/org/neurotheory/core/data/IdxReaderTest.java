package org.neurotheory.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    private static byte[] images(int magic, int n, int rows, int cols, int pixels) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(magic);
        d.writeInt(n);
        d.writeInt(rows);
        d.writeInt(cols);
        for (int i = 0; i < pixels; i++) {
            d.writeByte(i % 256);
        }
        return b.toByteArray();
    }

    private static byte[] labels(int n, int count) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x801);
        d.writeInt(n);
        for (int i = 0; i < count; i++) {
            d.writeByte(i % 10);
        }
        return b.toByteArray();
    }

    private static Path write(Path dir, String name, byte[] bytes, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p)) {
            out.write(bytes);
        }
        return p;
    }

    @Test
    void readsRawAndGzip(@TempDir Path dir) throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            Path img = write(dir, "i" + gz, images(0x803, 3, 2, 2, 12), gz);
            Path lab = write(dir, "l" + gz, labels(3, 3), gz);
            IdxReader.Dataset ds = IdxReader.read(img, lab);
            assertEquals(3, ds.size());
            assertEquals(2, ds.rows());
            assertArrayEquals(new int[] {0, 1, 2}, ds.labels());
            assertEquals(5 / 255f, ds.images()[1][1], 0);
        }
    }

    @Test
    void malformedFilesNameTheFileAndTheProblem(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good-labels", labels(3, 3), false);
        Path truncated = write(dir, "truncated-images", images(0x803, 3, 2, 2, 7), false);
        IdxFormatException e1 = assertThrows(IdxFormatException.class, () -> IdxReader.read(truncated, good));
        assertTrue(e1.getMessage().contains("truncated-images") && e1.getMessage().contains("truncated"), e1.getMessage());
        Path magic = write(dir, "bad-magic", images(0x804, 3, 2, 2, 12), true);
        IdxFormatException e2 = assertThrows(IdxFormatException.class, () -> IdxReader.read(magic, good));
        assertTrue(e2.getMessage().contains("bad-magic") && e2.getMessage().contains("magic"), e2.getMessage());
        Path img = write(dir, "four-images", images(0x803, 4, 2, 2, 16), false);
        IdxFormatException e3 = assertThrows(IdxFormatException.class, () -> IdxReader.read(img, good));
        assertTrue(e3.getMessage().contains("3 labels") && e3.getMessage().contains("4 images"), e3.getMessage());
        Path header = write(dir, "short-header", new byte[] {0, 0, 8, 1, 0}, false);
        IdxFormatException e4 = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(header));
        assertTrue(e4.getMessage().contains("short-header"), e4.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IdxReader.readLabels(dir.resolve("missing")));
    }

    @Test
    void readsDebianFashionMnist() {
        Path dir = Path.of("/usr/share/datasets/fashion-mnist");
        assumeTrue(Files.isDirectory(dir), "Debian's dataset-fashion-mnist is not installed (.ci/run installs it)");
        IdxReader.Dataset test = IdxReader.readSplit(dir, "t10k");
        assertEquals(10000, test.size());
        assertEquals(28, test.rows());
        assertEquals(28, test.cols());
        int[] counts = new int[10];
        for (int l : test.labels()) {
            counts[l]++;
        }
        // Fashion-MNIST's test split is balanced: 1000 images per class
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, counts);
        float max = 0;
        for (float v : test.images()[0]) {
            max = Math.max(max, v);
        }
        assertTrue(max > 0.5f && max <= 1f);
    }
}
