package org.neurotheory.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a dataset folder from the canonical files: IDX files are fetched one by one (those already
 * there are kept); the CIFAR-10 archive is fetched, verified, unpacked into
 * {@code cifar-10-batches-bin/} through a temporary folder, and then removed.
 */
final class DatasetDownload {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDownload.class);
    private static final String CIFAR_META = "batches.meta.txt";

    private DatasetDownload() {
    }

    /**
     * Fills {@code target}; on failure, folders this call created and that stayed empty are removed
     * again, so a failed first download leaves no trace.
     */
    static void into(StandardDataset d, List<RemoteFile> files, String base, Path target) throws IOException {
        Path created = topmostMissing(target.toAbsolutePath());
        try {
            fill(d, files, base, target);
        } catch (IOException | RuntimeException e) {
            removeEmpty(target.toAbsolutePath(), created);
            throw e;
        }
    }

    private static void fill(StandardDataset d, List<RemoteFile> files, String base, Path target) throws IOException {
        Files.createDirectories(target);
        if (d.format() == StandardDataset.Format.IDX) {
            for (RemoteFile f : files) {
                String raw = f.name().endsWith(".gz") ? f.name().substring(0, f.name().length() - 3) : f.name();
                if (!Files.isRegularFile(target.resolve(f.name())) && !Files.isRegularFile(target.resolve(raw))) {
                    VerifiedDownload.fetch(base, f, target);
                }
            }
            return;
        }
        RemoteFile archive = files.get(0);
        Path a = target.resolve(archive.name());
        if (Files.isRegularFile(a) && !sha256(a).equals(archive.sha256())) {
            LOG.warn("{} does not match its SHA-256 {}; downloading it again", a, archive.sha256());
            Files.delete(a);
        }
        if (!Files.isRegularFile(a)) {
            VerifiedDownload.fetch(base, archive, target);
        }
        unpackCifar(d, a, target);
        Files.delete(a);
    }

    private static void unpackCifar(StandardDataset d, Path archive, Path target) throws IOException {
        String folder = StandardDataset.CIFAR_FOLDER;
        Set<String> required = new LinkedHashSet<>();
        for (String f : d.expectedFiles()) {
            required.add(f.substring(folder.length() + 1));
        }
        Set<String> wanted = new LinkedHashSet<>(required);
        wanted.add(CIFAR_META);
        Path tmp = Files.createTempDirectory(target, ".unpack-");
        try {
            Set<String> got = TarArchive.extract(archive, folder, wanted, tmp);
            if (!got.containsAll(required)) {
                required.removeAll(got);
                throw new DatasetFormatException(archive, "the archive lacks " + folder + "/" + String.join(", ", required));
            }
            Path dest = Files.createDirectories(target.resolve(folder));
            for (String f : got) {
                Files.move(tmp.resolve(f), dest.resolve(f), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try (Stream<Path> left = Files.list(tmp)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
    }

    /** The outermost folder of {@code path}'s ancestry (itself included) that does not exist yet, or null. */
    private static Path topmostMissing(Path path) {
        Path top = null;
        for (Path p = path; p != null && !Files.exists(p); p = p.getParent()) {
            top = p;
        }
        return top;
    }

    private static void removeEmpty(Path path, Path top) {
        if (top == null) {
            return;
        }
        for (Path p = path; p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty (a verified file was kept) or not ours to remove
            }
        }
    }

    /** The SHA-256 of a file, as 64 lower-case hex digits. */
    static String sha256(Path file) throws IOException {
        MessageDigest sha = VerifiedDownload.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
