package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Series;

/**
 * The MNIST, Kuzushiji-MNIST and CIFAR-10 rows of Table 1 through core's dataset catalog, on small
 * synthetic files in the datasets' real formats (gzip IDX for the MNIST family, CIFAR-10's binary
 * batches) in a temporary folder: rows appear for the datasets whose files the catalog finds, the
 * others are named in the notes, pixels are preprocessed as in the paper's code, and each row
 * trains with its own settings. (The catalog's downloads are tested in core, against a local HTTP
 * server.)
 */
class Table1DatasetsTest {
    private static final int TRAIN = 48;
    private static final int TEST = 24;

    private static int pixel(int image, int position) {
        return (image * 37 + position * 11) % 256;
    }

    private static int label(int image) {
        return (image * 3 + 1) % 10;
    }

    private static void gzip(Path file, byte[] raw) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(raw);
        }
    }

    private static byte[] idxImages(int n) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int v : new int[] {0x803, n, 28, 28}) {
            b.writeBytes(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 784; j++) {
                b.write(pixel(i, j));
            }
        }
        return b.toByteArray();
    }

    private static byte[] idxLabels(int n) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int v : new int[] {0x801, n}) {
            b.writeBytes(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        }
        for (int i = 0; i < n; i++) {
            b.write(label(i));
        }
        return b.toByteArray();
    }

    private static void writeIdx(Path folder) throws IOException {
        Files.createDirectories(folder);
        gzip(folder.resolve("train-images-idx3-ubyte.gz"), idxImages(TRAIN));
        gzip(folder.resolve("train-labels-idx1-ubyte.gz"), idxLabels(TRAIN));
        gzip(folder.resolve("t10k-images-idx3-ubyte.gz"), idxImages(TEST));
        gzip(folder.resolve("t10k-labels-idx1-ubyte.gz"), idxLabels(TEST));
    }

    /** Five training batches of TRAIN / 5 records and a test batch of TEST records. */
    private static void writeCifar(Path folder) throws IOException {
        Path bin = folder.resolve("cifar-10-batches-bin");
        Files.createDirectories(bin);
        int per = TRAIN / 5 + 1;
        for (int f = 1; f <= 6; f++) {
            int n = f == 6 ? TEST : per;
            byte[] b = new byte[n * 3073];
            for (int i = 0; i < n; i++) {
                b[i * 3073] = (byte) label(i);
                for (int j = 0; j < 3072; j++) {
                    b[i * 3073 + 1 + j] = (byte) pixel(i, j);
                }
            }
            Files.write(bin.resolve(f == 6 ? "test_batch.bin" : "data_batch_" + f + ".bin"), b);
        }
    }

    /** A catalog over {@code root} alone: no per-user or Debian folders, no downloads. */
    private static DatasetCatalog catalog(Path root) {
        Map<String, String> props = Map.of(DatasetCatalog.ROOT_PROPERTY, root.toString(), DatasetCatalog.DOWNLOAD_PROPERTY, "false");
        return new DatasetCatalog(props::get, k -> null, root.resolve("home"), root.resolve("debian"));
    }

    @Test
    void rowsAppearForTheDatasetsTheCatalogFinds(@TempDir Path root) throws IOException {
        writeIdx(root.resolve("mnist"));
        writeCifar(root.resolve("cifar-10"));
        DatasetCatalog catalog = catalog(root);
        assertTrue(Table1Dataset.MNIST.present(catalog));
        assertTrue(Table1Dataset.CIFAR10.present(catalog));
        assertFalse(Table1Dataset.KMNIST.present(catalog));

        Protocol tiny = new Protocol(TRAIN, 64, 1, new int[] {1}, 16, 1);
        List<Table1Method> methods = List.of(Table1Method.LAST_LAYER, Table1Method.GAUSSIAN_GRP, Table1Method.COSSIM_GRP_DIV);
        Table1Methods.Params p = new Table1Methods.Params(tiny, methods,
                List.of(Table1Dataset.MNIST, Table1Dataset.KMNIST, Table1Dataset.CIFAR10));
        FigureData d = new Table1Methods(catalog).compute(p, 3);

        for (String row : new String[] {"MNIST", "CIFAR-10"}) {
            Series s = d.panel("a").series("reproduction (mean over seeds): " + row);
            assertEquals(3, s.size(), row);
            for (int i = 0; i < 3; i++) {
                double acc = s.y()[i];
                assertTrue(acc >= 0 && acc <= 100, row + " accuracy " + acc);
            }
            assertEquals(Table1Dataset.valueOf(row.equals("MNIST") ? "MNIST" : "CIFAR10").paper(Table1Method.GAUSSIAN_GRP),
                    d.panel("a").series("paper (3 x 1024; 100 epochs): " + row).y()[1], 0);
        }
        assertTrue(d.panel("a").series().stream().noneMatch(s -> s.name().contains("kMNIST")));
        String notes = String.join("\n", d.notes());
        assertTrue(notes.contains("MNIST | Gaussian grp"), notes);
        assertTrue(notes.contains("CIFAR-10 | cossim grp+div"), notes);
        assertTrue(notes.contains("kMNIST row not run") && notes.contains("-Dneurotheory.data.kmnist="), notes);
        // the row-level checks are calibrated on Fashion-MNIST only
        assertTrue(d.checks().isEmpty(), d.checks().toString());
    }

    /** MNIST family (x - 0.5)/0.5; CIFAR-10 per channel (x - mean)/std, channel-major (NCHW) records. */
    @Test
    void pixelsArePreprocessedAsInThePapersCode(@TempDir Path root) throws IOException {
        writeIdx(root.resolve("kmnist"));
        writeCifar(root.resolve("cifar-10"));
        DatasetCatalog catalog = catalog(root);
        ImageDataset k = Table1Dataset.KMNIST.load(catalog, Split.TEST, 5);
        assertEquals(5, k.size());
        assertEquals((pixel(3, 100) / 255.0 - 0.5) / 0.5, k.pixels()[3 * 784 + 100], 1e-6);
        ImageDataset c = Table1Dataset.CIFAR10.load(catalog, Split.TRAIN, 12);
        assertEquals(12, c.size());
        assertEquals(3072, c.imageSize());
        int image = 2;
        double[] mean = {0.4914, 0.4822, 0.4465};
        double[] std = {0.247, 0.243, 0.261};
        for (int ch = 0; ch < 3; ch++) {
            int j = ch * 1024 + 77;
            assertEquals((pixel(image, j) / 255.0 - mean[ch]) / std[ch], c.pixels()[image * 3072 + j], 1e-5, "channel " + ch);
        }
    }

    /** The paper's scripts' settings for one method on each row (Sec. 2.10 of the hyper-parameters). */
    @Test
    void settingsDifferPerDataset() {
        assertEquals(1e-3, Table1Method.GAUSSIAN_GRP_DIV.lro(Table1Dataset.MNIST));
        assertEquals(5e-3, Table1Method.GAUSSIAN_GRP_DIV.lro(Table1Dataset.FASHION_MNIST));
        assertEquals(16, Table1Method.COSSIM_GRP.groups(Table1Dataset.KMNIST));
        assertEquals(0.1, Table1Method.COSSIM_GRP_DIV.lrb(Table1Dataset.CIFAR10));
        assertEquals(3072, Table1Dataset.CIFAR10.inputs());
        assertEquals(3072, Protocol.smoke().mlp(Table1Dataset.CIFAR10).inputs());
    }

    @Test
    void aNetworkOfTheWrongInputSizeIsRejected(@TempDir Path root) throws IOException {
        writeCifar(root.resolve("cifar-10"));
        ImageDataset c = Table1Dataset.CIFAR10.load(catalog(root), Split.TRAIN, 16);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MethodRun.train(Table1Method.LAST_LAYER,
                Table1Dataset.CIFAR10, Protocol.smoke().mlp(), 1, 16, new int[] {1}, c, c, 1));
        assertTrue(e.getMessage().contains("train.imageSize()"), e.getMessage());
    }
}
