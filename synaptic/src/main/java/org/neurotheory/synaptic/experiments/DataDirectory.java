package org.neurotheory.synaptic.experiments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.neurotheory.synaptic.data.SynapseTables;

/**
 * Where the figures look for the published tables to overlay: the system property
 * {@value #PROPERTY}. Without it (or when the folder lacks the tables) the figures draw the model
 * and the recorded summary statistics only.
 */
public final class DataDirectory {
    /** System property naming the directory with the published tables. */
    public static final String PROPERTY = "neurotheory.synaptic.data";

    private DataDirectory() {
    }

    /** The configured directory, if it holds the tables. */
    public static Optional<Path> configured() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(dir);
        return Files.isDirectory(p) && SynapseTables.available(p) ? Optional.of(p) : Optional.empty();
    }
}
