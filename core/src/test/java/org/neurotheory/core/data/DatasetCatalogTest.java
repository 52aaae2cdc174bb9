package org.neurotheory.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the catalog looks, in which order, and what it says when the files are not there. */
class DatasetCatalogTest {
    @TempDir
    Path tmp;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private DatasetCatalog catalog() {
        // downloads off: these tests never reach for the network
        properties.put(DatasetCatalog.DOWNLOAD_PROPERTY, "false");
        return new DatasetCatalog(properties::get, environment::get, tmp.resolve("home"), tmp.resolve("debian"));
    }

    /** Writes a complete synthetic MNIST folder with {@code train} training images. */
    private Path mnistAt(Path folder, int train) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> e : SyntheticDatasets.idxFiles(train, 2).entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getValue());
        }
        return folder;
    }

    @Test
    void lookupOrderIsPropertyRootEnvironmentUserDebian() throws IOException {
        Path explicit = mnistAt(tmp.resolve("explicit"), 1);
        Path root = mnistAt(tmp.resolve("root/mnist"), 2);
        Path env = mnistAt(tmp.resolve("env/mnist"), 3);
        Path xdg = mnistAt(tmp.resolve("xdg/neurotheory/mnist"), 4);
        Path user = mnistAt(tmp.resolve("home/.neurotheory/data/mnist"), 5);
        Path debian = mnistAt(tmp.resolve("debian/mnist"), 6);
        properties.put("neurotheory.data.mnist", explicit.toString());
        properties.put("neurotheory.data", tmp.resolve("root").toString());
        environment.put("NEUROTHEORY_DATA", tmp.resolve("env").toString());
        environment.put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        // each folder's train split has its own size, so the size tells which folder was read
        assertEquals(1, catalog().load(StandardDataset.MNIST, Split.TRAIN).size());
        properties.remove("neurotheory.data.mnist");
        assertEquals(2, catalog().load(StandardDataset.MNIST, Split.TRAIN).size());
        properties.remove("neurotheory.data");
        assertEquals(3, catalog().load(StandardDataset.MNIST, Split.TRAIN).size());
        environment.remove("NEUROTHEORY_DATA");
        assertEquals(4, catalog().load(StandardDataset.MNIST, Split.TRAIN).size());
        environment.remove("XDG_DATA_HOME");
        assertEquals(5, catalog().load(StandardDataset.MNIST, Split.TRAIN).size());
        Files.delete(user.resolve("t10k-labels-idx1-ubyte.gz"));
        // an incomplete folder does not count
        assertEquals(Optional.of(debian), catalog().find(StandardDataset.MNIST));
        assertEquals(6, catalog().load(StandardDataset.MNIST, Split.TRAIN).size());
        assertTrue(Files.isDirectory(root) && Files.isDirectory(env) && Files.isDirectory(xdg));
    }

    @Test
    void downloadsGoToTheFirstConfiguredRootElseThePerUserFolder() {
        assertEquals(tmp.resolve("home/.neurotheory/data/kmnist"), catalog().downloadFolder(StandardDataset.KMNIST));
        environment.put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        assertEquals(tmp.resolve("xdg/neurotheory/kmnist"), catalog().downloadFolder(StandardDataset.KMNIST));
        environment.put("NEUROTHEORY_DATA", tmp.resolve("env").toString());
        assertEquals(tmp.resolve("env/kmnist"), catalog().downloadFolder(StandardDataset.KMNIST));
        properties.put("neurotheory.data", tmp.resolve("root").toString());
        assertEquals(tmp.resolve("root/kmnist"), catalog().downloadFolder(StandardDataset.KMNIST));
        List<DatasetCatalog.Location> path = catalog().searchPath(StandardDataset.KMNIST);
        assertEquals(List.of(tmp.resolve("root/kmnist"), tmp.resolve("env/kmnist"), tmp.resolve("xdg/neurotheory/kmnist"),
                tmp.resolve("debian/kmnist")), path.stream().map(DatasetCatalog.Location::folder).toList());
    }

    @Test
    void anEmptyOrMissingExplicitFolderGetsTheHowToMessage() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        properties.put("neurotheory.data.fashion-mnist", empty.toString());
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> catalog().load(StandardDataset.FASHION_MNIST, Split.TEST));
        String m = e.getMessage();
        assertTrue(m.startsWith("Fashion-MNIST is not available: -Dneurotheory.data.fashion-mnist=" + empty
                + " lacks train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz]"), m);
        // the files belong in the folder the property names
        assertTrue(m.contains("t10k-labels-idx1-ubyte.gz} into " + empty + ", or"), m);
        assertTrue(m.contains("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/{train-images-idx3-ubyte.gz,"), m);
        assertTrue(m.contains("apt-get install dataset-fashion-mnist") && m.contains("-Dneurotheory.data.fashion-mnist=<folder>"), m);
        assertTrue(!m.contains("\n"), m);
        properties.put("neurotheory.data.cifar-10", tmp.resolve("nowhere").toString());
        String c = assertThrows(DatasetUnavailableException.class, () -> catalog().load(StandardDataset.CIFAR10, Split.TEST)).getMessage();
        assertTrue(c.contains("nowhere does not exist") && c.contains("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz")
                && c.contains("cifar-10-batches-bin/test_batch.bin") && !c.contains("apt-get"), c);
    }

    @Test
    void idxLimitReadsTheFirstImagesAndUncompressedFilesCount() throws IOException {
        Path folder = mnistAt(tmp.resolve("m"), 7);
        properties.put("neurotheory.data.mnist", folder.toString());
        ImageDataset all = catalog().load(StandardDataset.MNIST, Split.TRAIN);
        ImageDataset head = catalog().load(StandardDataset.MNIST, Split.TRAIN, 3);
        assertEquals(all.head(3).labels().length, head.size());
        assertArrayEquals(all.head(3).pixels(), head.pixels());
        assertArrayEquals(all.head(3).labels(), head.labels());
        // an uncompressed copy is read the same way
        Path raw = Files.createDirectories(tmp.resolve("raw"));
        for (String f : StandardDataset.MNIST.expectedFiles()) {
            try (var in = new GZIPInputStream(Files.newInputStream(folder.resolve(f)))) {
                Files.write(raw.resolve(f.replace(".gz", "")), in.readAllBytes());
            }
        }
        properties.put("neurotheory.data.mnist", raw.toString());
        assertArrayEquals(all.pixels(), catalog().load(StandardDataset.MNIST, Split.TRAIN).pixels());
        assertThrows(IllegalArgumentException.class, () -> catalog().load(StandardDataset.MNIST, Split.TRAIN, 0));
    }

    @Test
    void debianFashionMnistIsFoundAndMatchesTheIdxReader() {
        Path debian = DatasetCatalog.DEBIAN_ROOT.resolve("fashion-mnist");
        assumeTrue(Files.isDirectory(debian), "Debian's dataset-fashion-mnist is not installed (.ci/run installs it)");
        DatasetCatalog c = new DatasetCatalog(Map.of(DatasetCatalog.DOWNLOAD_PROPERTY, "false")::get, name -> null,
                tmp.resolve("home"), DatasetCatalog.DEBIAN_ROOT);
        assertEquals(Optional.of(debian), c.find(StandardDataset.FASHION_MNIST));
        ImageDataset test = c.load(StandardDataset.FASHION_MNIST, Split.TEST);
        assertEquals(StandardDataset.FASHION_MNIST.size(Split.TEST), test.size());
        assertEquals(1, test.channels());
        assertEquals(28, test.height());
        IdxReader.Dataset raw = IdxReader.readSplit(debian, "t10k");
        assertArrayEquals(raw.labels(), test.labels());
        for (int i : new int[] {0, 4321, 9999}) {
            float[] img = Arrays.copyOfRange(test.pixels(), i * 784, (i + 1) * 784);
            assertArrayEquals(raw.images()[i], img);
        }
    }

    @Test
    void standardDatasetsDescribeTheirFiles() {
        for (StandardDataset d : StandardDataset.values()) {
            assertEquals(10, d.classes());
            assertEquals(10000, d.size(Split.TEST));
            assertTrue(d.defaultBaseUrl().endsWith("/"), d.defaultBaseUrl());
        }
        assertEquals(List.of("fashion-mnist", "mnist", "kmnist", "cifar-10"), List.of(StandardDataset.FASHION_MNIST.key(),
                StandardDataset.MNIST.key(), StandardDataset.KMNIST.key(), StandardDataset.CIFAR10.key()));
        assertEquals(50000, StandardDataset.CIFAR10.size(Split.TRAIN));
        assertEquals(Optional.of("dataset-fashion-mnist"), StandardDataset.FASHION_MNIST.debianPackage());
        assertEquals("neurotheory.data.fashion-mnist", DatasetCatalog.folderProperty(StandardDataset.FASHION_MNIST));
        assertEquals("neurotheory.data.cifar-10.url", DatasetCatalog.urlProperty(StandardDataset.CIFAR10));
    }
}
