package org.neurotheory.core.data;

import java.util.Locale;
import org.neurotheory.core.Require;

/**
 * One file of a dataset's canonical distribution: its name (relative to the dataset's base URL
 * and inside the download folder), its SHA-256 and its size in bytes.
 *
 * @param name   file name, e.g. {@code train-images-idx3-ubyte.gz}
 * @param sha256 64 lower-case hex digits
 * @param bytes  size in bytes
 */
public record RemoteFile(String name, String sha256, long bytes) {
    public RemoteFile {
        Require.nonNull("name", name);
        Require.that(!name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith("."),
                "name", name, "must be a plain file name");
        Require.nonNull("sha256", sha256);
        sha256 = sha256.toLowerCase(Locale.ROOT);
        Require.that(sha256.matches("[0-9a-f]{64}"), "sha256", sha256, "must be 64 hex digits");
        Require.positive("bytes", bytes);
    }
}
