package org.neurotheory.synaptic.experiments;

import java.nio.file.Path;
import org.neurotheory.synaptic.data.SynapseTables;

/**
 * Which published tables the figures overlay: the module's bundled copies, unless the system
 * property {@value #PROPERTY} names a folder holding tables of the same names (e.g. an edited or
 * extended copy).
 */
public final class DataDirectory {
    /** System property naming a folder whose tables replace the bundled ones. */
    public static final String PROPERTY = "neurotheory.synaptic.data";

    private DataDirectory() {
    }

    /**
     * The tables in the folder named by {@value #PROPERTY}, else {@link SynapseTables#bundled()}.
     *
     * @throws IllegalArgumentException if the property names a folder that lacks a table
     */
    public static SynapseTables tables() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return SynapseTables.bundled();
        }
        Path p = Path.of(dir.strip());
        if (!SynapseTables.available(p)) {
            throw new IllegalArgumentException("-D" + PROPERTY + " = " + p + " is not allowed: must be a folder holding "
                    + SynapseTables.SONG + ", " + SynapseTables.KO + " and " + SynapseTables.SJOSTROM_LTP
                    + " (unset it to use the tables bundled with the module)");
        }
        return SynapseTables.in(p);
    }
}
