package org.neurotheory.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CifarBinaryReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsRecordsAsNchwAcrossFilesUpToTheLimit() throws IOException {
        Path a = Files.write(tmp.resolve("data_batch_1.bin"), SyntheticDatasets.cifarBatch(0, 3));
        Path b = Files.write(tmp.resolve("data_batch_2.bin"), SyntheticDatasets.cifarBatch(3, 3));
        ImageDataset all = CifarBinaryReader.read(List.of(a, b), "cifar-10/train", Integer.MAX_VALUE);
        assertEquals(6, all.size());
        assertEquals(3, all.channels());
        assertEquals(32, all.height());
        assertEquals(32, all.width());
        for (int i = 0; i < 6; i++) {
            assertEquals(SyntheticDatasets.label(i, 10), all.labels()[i]);
            // channel c, row h, column w sits at byte 1 + c*1024 + h*32 + w of the record and at
            // i*3072 + c*1024 + h*32 + w of the NCHW array
            for (int[] chw : new int[][] {{0, 0, 0}, {1, 7, 30}, {2, 31, 31}}) {
                int j = chw[0] * 1024 + chw[1] * 32 + chw[2];
                assertEquals(SyntheticDatasets.pixel(i, j) / 255f, all.pixels()[i * 3072 + j], 0);
            }
        }
        ImageDataset four = CifarBinaryReader.read(List.of(a, b), "x", 4);
        assertEquals(4, four.size());
        assertEquals(all.labels()[3], four.labels()[3]);
    }

    @Test
    void malformedBatchesNameTheFile() throws IOException {
        byte[] good = SyntheticDatasets.cifarBatch(0, 2);
        Path shortFile = Files.write(tmp.resolve("short.bin"), Arrays.copyOf(good, good.length - 1));
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> CifarBinaryReader.read(List.of(shortFile), "x", 10));
        assertTrue(e.getMessage().contains("short.bin") && e.getMessage().contains("3073"), e.getMessage());
        byte[] badLabel = good.clone();
        badLabel[CifarBinaryReader.RECORD_BYTES] = 10;
        Path bad = Files.write(tmp.resolve("label.bin"), badLabel);
        DatasetFormatException e2 = assertThrows(DatasetFormatException.class, () -> CifarBinaryReader.read(List.of(bad), "x", 10));
        assertTrue(e2.getMessage().contains("label.bin") && e2.getMessage().contains("record 1 has label 10"), e2.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CifarBinaryReader.read(List.of(tmp.resolve("none.bin")), "x", 1));
    }

    @Test
    void tarExtractionRefusesACorruptHeader() throws Exception {
        byte[] gz = SyntheticDatasets.tarGz(Map.of("cifar-10-batches-bin/test_batch.bin", new byte[] {1, 2, 3}));
        byte[] raw;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            raw = in.readAllBytes();
        }
        raw[10] ^= 1;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(b)) {
            out.write(raw);
        }
        Path archive = Files.write(tmp.resolve("bad.tar.gz"), b.toByteArray());
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> TarArchive.extract(archive, "cifar-10-batches-bin", Set.of("test_batch.bin"), tmp));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }
}
