package org.neurotheory.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neurotheory.core.Require;

/**
 * The image datasets the {@link DatasetCatalog} knows: where their canonical files live, their
 * SHA-256 checksums, the Debian package that installs them (where there is one) and how to read them.
 *
 * <p>URLs, sizes and SHA-256 checksums are those recorded by TensorFlow Datasets in
 * {@code tensorflow_datasets/url_checksums/mnist.txt}, {@code fashion_mnist.txt}, {@code kmnist.txt}
 * and {@code cifar10.txt} (github.com/tensorflow/datasets), which list each URL with its size and
 * SHA-256. MNIST is fetched from the Google Cloud mirror listed there (the files of
 * yann.lecun.com/exdb/mnist, same sizes); the others from their authors' sites.
 */
public enum StandardDataset {
    /** LeCun, Cortes and Burges' handwritten digits: 28x28 grey, 10 classes, 60000 + 10000. */
    MNIST("mnist", "MNIST", Format.IDX, 1, 28, 10, 60000, "https://storage.googleapis.com/cvdf-datasets/mnist/", null, List.of(
            new RemoteFile("train-images-idx3-ubyte.gz", "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", 9912422),
            new RemoteFile("train-labels-idx1-ubyte.gz", "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", 28881),
            new RemoteFile("t10k-images-idx3-ubyte.gz", "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", 1648877),
            new RemoteFile("t10k-labels-idx1-ubyte.gz", "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", 4542))),
    /** Xiao, Rasul and Vollgraf's Zalando article images in MNIST's format (2017). */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", Format.IDX, 1, 28, 10, 60000,
            "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/", "dataset-fashion-mnist", List.of(
            new RemoteFile("train-images-idx3-ubyte.gz", "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84", 26421880),
            new RemoteFile("train-labels-idx1-ubyte.gz", "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845", 29515),
            new RemoteFile("t10k-images-idx3-ubyte.gz", "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073", 4422102),
            new RemoteFile("t10k-labels-idx1-ubyte.gz", "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5", 5148))),
    /** Clanuwat et al.'s Kuzushiji-MNIST, cursive Japanese characters in MNIST's format (2018). */
    KMNIST("kmnist", "KMNIST", Format.IDX, 1, 28, 10, 60000, "http://codh.rois.ac.jp/kmnist/dataset/kmnist/", null, List.of(
            new RemoteFile("train-images-idx3-ubyte.gz", "51467d22d8cc72929e2a028a0428f2086b092bb31cfb79c69cc0a90ce135fde4", 18165135),
            new RemoteFile("train-labels-idx1-ubyte.gz", "e38f9ebcd0f3ebcdec7fc8eabdcdaef93bb0df8ea12bee65224341c8183d8e17", 29497),
            new RemoteFile("t10k-images-idx3-ubyte.gz", "edd7a857845ad6bb1d0ba43fe7e794d164fe2dce499a1694695a792adfac43c5", 3041136),
            new RemoteFile("t10k-labels-idx1-ubyte.gz", "20bb9a0ef54c7db3efc55a92eef5582c109615df22683c380526788f98e42a1c", 5120))),
    /** Krizhevsky's CIFAR-10, binary version: 32x32 colour, 10 classes, 50000 + 10000. */
    CIFAR10("cifar-10", "CIFAR-10", Format.CIFAR_BINARY, 3, 32, 10, 50000, "https://www.cs.toronto.edu/~kriz/", null, List.of(
            new RemoteFile("cifar-10-binary.tar.gz", "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd", 170052171)));

    /** Folder of the CIFAR-10 binary batches inside the archive (and inside the dataset folder). */
    public static final String CIFAR_FOLDER = "cifar-10-batches-bin";
    private static final List<String> CIFAR_TRAIN = List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin",
            "data_batch_4.bin", "data_batch_5.bin");
    private static final List<String> CIFAR_TEST = List.of("test_batch.bin");

    /** How the files are stored. */
    enum Format { IDX, CIFAR_BINARY }

    private final String key;
    private final String title;
    private final Format format;
    private final int channels;
    private final int side;
    private final int classes;
    private final int trainSize;
    private final String baseUrl;
    private final String debianPackage;
    private final List<RemoteFile> downloads;

    StandardDataset(String key, String title, Format format, int channels, int side, int classes, int trainSize,
                    String baseUrl, String debianPackage, List<RemoteFile> downloads) {
        this.key = key;
        this.title = title;
        this.format = format;
        this.channels = channels;
        this.side = side;
        this.classes = classes;
        this.trainSize = trainSize;
        this.baseUrl = baseUrl;
        this.debianPackage = debianPackage;
        this.downloads = downloads;
    }

    /** Folder and property name, e.g. {@code fashion-mnist}. */
    public String key() {
        return key;
    }

    /** Name for messages, e.g. {@code Fashion-MNIST}. */
    public String title() {
        return title;
    }

    /** Colour channels C. */
    public int channels() {
        return channels;
    }

    /** Image height = width. */
    public int side() {
        return side;
    }

    /** Number of classes. */
    public int classes() {
        return classes;
    }

    /** Images in a split (10000 in every test split). */
    public int size(Split split) {
        return split == Split.TRAIN ? trainSize : 10000;
    }

    /** The canonical base URL of {@link #downloads()} (ends with '/'). */
    public String defaultBaseUrl() {
        return baseUrl;
    }

    /** The Debian package that installs the files under {@code /usr/share/datasets/<key>}, if there is one. */
    public Optional<String> debianPackage() {
        return Optional.ofNullable(debianPackage);
    }

    /** The canonical files with their SHA-256 checksums. */
    public List<RemoteFile> downloads() {
        return downloads;
    }

    Format format() {
        return format;
    }

    /** The file names a folder must hold (IDX files may also be uncompressed, without {@code .gz}). */
    public List<String> expectedFiles() {
        if (format == Format.CIFAR_BINARY) {
            List<String> all = new ArrayList<>();
            for (String f : CIFAR_TRAIN) {
                all.add(CIFAR_FOLDER + "/" + f);
            }
            all.add(CIFAR_FOLDER + "/" + CIFAR_TEST.get(0));
            return all;
        }
        return List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
                "t10k-labels-idx1-ubyte.gz");
    }

    /**
     * The expected files that {@code folder} lacks (all of them if it does not exist), e.g.
     * {@code train-images-idx3-ubyte[.gz]} or {@code cifar-10-batches-bin/test_batch.bin}.
     */
    public List<String> missingFiles(Path folder) {
        Require.nonNull("folder", folder);
        List<String> missing = new ArrayList<>();
        for (Split s : Split.values()) {
            for (String name : splitFiles(s)) {
                if (find(folder, name) == null) {
                    missing.add(format == Format.IDX ? name + "[.gz]" : CIFAR_FOLDER + "/" + name);
                }
            }
        }
        return missing;
    }

    /**
     * Reads at most {@code limit} images of a split, from the start, from a folder that holds the files
     * (all of them when {@code limit >= size(split)}).
     *
     * @param limit maximum number of images, at least 1
     */
    public ImageDataset read(Path folder, Split split, int limit) {
        Require.nonNull("folder", folder);
        Require.nonNull("split", split);
        Require.positive("limit", limit);
        String name = key + "/" + split.name().toLowerCase(Locale.ROOT);
        List<Path> files = new ArrayList<>();
        for (String f : splitFiles(split)) {
            Path p = find(folder, f);
            if (p == null) {
                throw new IllegalArgumentException("folder = " + folder + " is not allowed: it holds no " + f
                        + (format == Format.IDX ? "[.gz]" : ""));
            }
            files.add(p);
        }
        if (format == Format.IDX) {
            return IdxReader.readImageDataset(files.get(0), files.get(1), name, classes, limit);
        }
        return CifarBinaryReader.read(files, name, limit);
    }

    private List<String> splitFiles(Split split) {
        if (format == Format.CIFAR_BINARY) {
            return split == Split.TRAIN ? CIFAR_TRAIN : CIFAR_TEST;
        }
        String prefix = split == Split.TRAIN ? "train" : "t10k";
        return List.of(prefix + "-images-idx3-ubyte", prefix + "-labels-idx1-ubyte");
    }

    /** IDX: {@code name} or {@code name.gz}; CIFAR: {@code cifar-10-batches-bin/name} or {@code name}. */
    private Path find(Path folder, String name) {
        List<Path> candidates = format == Format.IDX
                ? List.of(folder.resolve(name + ".gz"), folder.resolve(name))
                : List.of(folder.resolve(CIFAR_FOLDER).resolve(name), folder.resolve(name));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
