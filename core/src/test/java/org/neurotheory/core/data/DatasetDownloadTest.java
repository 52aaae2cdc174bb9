package org.neurotheory.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's downloads against a JDK HTTP server on 127.0.0.1 started by the test: no network needed. */
class DatasetDownloadTest {
    @TempDir
    Path tmp;

    private final Map<String, String> properties = new HashMap<>();

    private DatasetCatalog catalog(Map<String, byte[]> served) {
        List<RemoteFile> manifest = new ArrayList<>();
        served.forEach((name, bytes) -> {
            try {
                manifest.add(SyntheticDatasets.remote(name, bytes));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return new DatasetCatalog(properties::get, name -> null, tmp.resolve("home"), tmp.resolve("debian"), d -> manifest);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void downloadsVerifiesAndLoadsIdxFiles() throws Exception {
        Map<String, byte[]> files = SyntheticDatasets.idxFiles(5, 3);
        try (LocalServer server = new LocalServer().putAll(files)) {
            properties.put(DatasetCatalog.urlProperty(StandardDataset.MNIST), server.base());
            DatasetCatalog c = catalog(files);
            ImageDataset train = c.load(StandardDataset.MNIST, Split.TRAIN);
            assertEquals(5, train.size());
            assertEquals(4, train.height());
            assertEquals(3, train.width());
            for (int i = 0; i < 5; i++) {
                assertEquals(SyntheticDatasets.label(i, 10), train.labels()[i]);
                for (int j = 0; j < 12; j++) {
                    assertEquals(SyntheticDatasets.pixel(i, j) / 255f, train.pixels()[i * 12 + j], 0);
                }
            }
            assertEquals("mnist/train", train.name());
            Path folder = tmp.resolve("home/.neurotheory/data/mnist");
            assertEquals(List.of("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                    "train-labels-idx1-ubyte.gz"), listing(folder));
            assertEquals(4, server.requests.get());
            // the files are found now: loading again fetches nothing
            assertEquals(3, c.load(StandardDataset.MNIST, Split.TEST).size());
            assertEquals(4, server.requests.get());
        }
    }

    @Test
    void downloadsVerifiesAndUnpacksCifarArchive() throws Exception {
        Map<String, byte[]> batches = SyntheticDatasets.cifarFiles(2);
        Map<String, byte[]> inArchive = new LinkedHashMap<>();
        inArchive.put("cifar-10-batches-bin/readme.html", new byte[] {'h', 'i'});
        batches.forEach((k, v) -> inArchive.put("cifar-10-batches-bin/" + k, v));
        Map<String, byte[]> served = Map.of("cifar-10-binary.tar.gz", SyntheticDatasets.tarGz(inArchive));
        try (LocalServer server = new LocalServer().putAll(served)) {
            properties.put(DatasetCatalog.urlProperty(StandardDataset.CIFAR10), server.base());
            properties.put(DatasetCatalog.ROOT_PROPERTY, tmp.resolve("root").toString());
            DatasetCatalog c = catalog(served);
            ImageDataset train = c.load(StandardDataset.CIFAR10, Split.TRAIN);
            assertEquals(10, train.size());
            assertEquals(3, train.channels());
            assertEquals(SyntheticDatasets.label(7, 10), train.labels()[7]);
            assertEquals(SyntheticDatasets.pixel(7, 2 * 1024 + 5 * 32 + 9) / 255f, train.pixels()[7 * 3072 + 2 * 1024 + 5 * 32 + 9], 0);
            assertEquals(SyntheticDatasets.label(1001, 10), c.load(StandardDataset.CIFAR10, Split.TEST).labels()[1]);
            // a configured root is where downloads go; the archive is gone once unpacked, readme.html was not wanted
            Path folder = tmp.resolve("root/cifar-10");
            assertEquals(List.of("cifar-10-batches-bin", "cifar-10-batches-bin/data_batch_1.bin", "cifar-10-batches-bin/data_batch_2.bin",
                    "cifar-10-batches-bin/data_batch_3.bin", "cifar-10-batches-bin/data_batch_4.bin",
                    "cifar-10-batches-bin/data_batch_5.bin", "cifar-10-batches-bin/test_batch.bin"), listing(folder));
            assertEquals(1, server.requests.get());
        }
    }

    @Test
    void corruptDownloadLeavesNothingBehindAndSaysSo() throws Exception {
        Map<String, byte[]> files = SyntheticDatasets.idxFiles(5, 3);
        try (LocalServer server = new LocalServer().putAll(files)) {
            server.put("train-images-idx3-ubyte.gz", files.get("train-images-idx3-ubyte.gz"), LocalServer.Mode.CORRUPT);
            properties.put(DatasetCatalog.urlProperty(StandardDataset.MNIST), server.base());
            DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                    () -> catalog(files).load(StandardDataset.MNIST, Split.TRAIN));
            String m = e.getMessage();
            assertTrue(m.contains("corrupt") && m.contains("SHA-256") && m.contains(server.base() + "train-images-idx3-ubyte.gz"), m);
            assertTrue(m.contains("-Dneurotheory.data.mnist=<folder>"), m);
            assertFalse(m.contains("\n"), m);
            // not even the folders the download created are left
            assertFalse(Files.exists(tmp.resolve("home")), "home folder left behind");
        }
    }

    @Test
    void droppedConnectionLeavesNothingBehind() throws Exception {
        Map<String, byte[]> files = SyntheticDatasets.idxFiles(400, 3);
        try (LocalServer server = new LocalServer().putAll(files)) {
            server.put("train-labels-idx1-ubyte.gz", files.get("train-labels-idx1-ubyte.gz"), LocalServer.Mode.DROP);
            properties.put(DatasetCatalog.urlProperty(StandardDataset.KMNIST), server.base());
            DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                    () -> catalog(files).load(StandardDataset.KMNIST, Split.TRAIN));
            String m = e.getMessage();
            assertTrue(m.contains("train-labels-idx1-ubyte.gz") && m.contains(" of " + files.get("train-labels-idx1-ubyte.gz").length + " bytes"), m);
            // the file before it was verified and kept; the broken one left no trace
            assertEquals(List.of("train-images-idx3-ubyte.gz"), listing(tmp.resolve("home/.neurotheory/data/kmnist")));
            // the server heals: the next load fetches only what is missing
            server.put("train-labels-idx1-ubyte.gz", files.get("train-labels-idx1-ubyte.gz"), LocalServer.Mode.SERVE);
            int before = server.requests.get();
            assertEquals(400, catalog(files).load(StandardDataset.KMNIST, Split.TRAIN).size());
            assertEquals(before + 3, server.requests.get());
        }
    }

    @Test
    void aLargeFileCutOffMidStreamIsNotKept() throws Exception {
        // 2 MB of incompressible bytes: many reads arrive before the server closes the connection
        byte[] big = new byte[2 << 20];
        new SplittableRandom(3).nextBytes(big);
        try (LocalServer server = new LocalServer().put("big.bin", big, LocalServer.Mode.DROP)) {
            Path folder = Files.createDirectories(tmp.resolve("f"));
            IOException e = assertThrows(IOException.class,
                    () -> VerifiedDownload.fetch(server.base(), SyntheticDatasets.remote("big.bin", big), folder));
            assertTrue(e.getMessage().matches(".*(broke|ended) after \\d+ of " + big.length + " bytes.*"), e.getMessage());
            assertEquals(List.of(), listing(folder));
            // served whole, the same file is verified and kept
            server.put("big.bin", big, LocalServer.Mode.SERVE);
            Path got = VerifiedDownload.fetch(server.base(), SyntheticDatasets.remote("big.bin", big), folder);
            assertEquals(List.of("big.bin"), listing(folder));
            assertTrue(Arrays.equals(big, Files.readAllBytes(got)));
        }
    }

    @Test
    void canonicalChecksumsAreUsedByDefault() throws Exception {
        // a file of the wrong size under a canonical name is refused before anything is written
        try (LocalServer server = new LocalServer().put("train-images-idx3-ubyte.gz", new byte[100], LocalServer.Mode.SERVE)) {
            properties.put(DatasetCatalog.urlProperty(StandardDataset.FASHION_MNIST), server.base());
            Files.createDirectories(tmp.resolve("home/.neurotheory/data/fashion-mnist"));
            DatasetCatalog c = new DatasetCatalog(properties::get, name -> null, tmp.resolve("home"), tmp.resolve("debian"));
            DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                    () -> c.load(StandardDataset.FASHION_MNIST, Split.TEST));
            assertTrue(e.getMessage().contains("announces 100 bytes, expected 26421880"), e.getMessage());
            // a folder that existed before stays, empty
            assertEquals(List.of(), listing(tmp.resolve("home/.neurotheory/data/fashion-mnist")));
        }
    }

    @Test
    void withoutNetworkTheMessageSaysHowToGetTheFiles() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port + "/fmnist/";
        properties.put(DatasetCatalog.urlProperty(StandardDataset.FASHION_MNIST), base);
        DatasetCatalog c = new DatasetCatalog(properties::get, name -> null, tmp.resolve("home"), tmp.resolve("debian"));
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> c.load(StandardDataset.FASHION_MNIST, Split.TRAIN));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.startsWith("Fashion-MNIST is not available: not found in "), m);
        assertTrue(m.contains(base + "{train-images-idx3-ubyte.gz,"), m);
        assertTrue(m.contains("apt-get install dataset-fashion-mnist"), m);
        assertTrue(m.contains("-Dneurotheory.data.fashion-mnist=<folder>"), m);
        assertTrue(m.contains("download failed: cannot fetch " + base + "train-images-idx3-ubyte.gz (ConnectException"), m);
        assertFalse(Files.exists(tmp.resolve("home")), "home folder left behind");
    }

    @Test
    void downloadsCanBeSwitchedOff() throws Exception {
        Map<String, byte[]> files = SyntheticDatasets.idxFiles(5, 3);
        try (LocalServer server = new LocalServer().putAll(files)) {
            properties.put(DatasetCatalog.urlProperty(StandardDataset.MNIST), server.base());
            properties.put(DatasetCatalog.DOWNLOAD_PROPERTY, "false");
            DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                    () -> catalog(files).load(StandardDataset.MNIST, Split.TRAIN));
            assertTrue(e.getMessage().contains("downloads are off (-Dneurotheory.data.download=false)"), e.getMessage());
            assertTrue(e.getMessage().contains(server.base() + "{train-images"), e.getMessage());
            assertEquals(0, server.requests.get());
        }
    }
}
