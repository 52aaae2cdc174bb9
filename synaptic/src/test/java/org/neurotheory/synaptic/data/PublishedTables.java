package org.neurotheory.synaptic.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the published tables for tests: walks up from the working directory looking for
 * {@code shared/data/synaptic} (the repository lives next to {@code shared/}, so from the module
 * directory this is ../../shared/data/synaptic). Tests skip with an assumption when it is absent;
 * the library never needs the folder.
 */
public final class PublishedTables {
    private PublishedTables() {
    }

    /** The directory holding the three tables, if found. */
    public static Optional<Path> find() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("synaptic");
            if (SynapseTables.available(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
