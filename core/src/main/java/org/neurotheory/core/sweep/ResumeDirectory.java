package org.neurotheory.core.sweep;

import java.nio.file.Path;

/**
 * The folder where paper-scale figures keep what lets a killed run resume: their finished runs
 * ({@link FinishedRuns#forFigure}) and the checkpoints of long optimisations. The system property
 * {@value #PROPERTY} names it; unset, it is the temporary directory ({@code java.io.tmpdir}).
 *
 * <p>{@code reproduce} sets it to {@code <out>/resume} (or to its {@code --resume DIR}), so that a
 * figure run in pieces over several days keeps its finished work beside its outputs: many systems
 * clear the temporary directory at boot, which loses hours of training. From jshell or an own main,
 * start the JVM with {@code -Dneurotheory.resume=DIR}, or call {@link #set}.
 */
public final class ResumeDirectory {
    /** The system property naming the folder. */
    public static final String PROPERTY = "neurotheory.resume";

    private ResumeDirectory() {
    }

    /**
     * The folder named by {@value #PROPERTY}, or {@code java.io.tmpdir} if it is unset.
     *
     * @throws IllegalArgumentException if the property is set but blank
     */
    public static Path get() {
        String named = System.getProperty(PROPERTY);
        if (named == null) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
        if (named.isBlank()) {
            throw new IllegalArgumentException(PROPERTY + " = \"" + named + "\" is not allowed: must name a folder,"
                    + " or be unset for the temporary directory");
        }
        return Path.of(named);
    }

    /** Makes {@code dir} the folder for the rest of this JVM (sets {@value #PROPERTY}). */
    public static void set(Path dir) {
        if (dir == null || dir.toString().isBlank()) {
            throw new IllegalArgumentException("dir = " + dir + " is not allowed: must name a folder");
        }
        System.setProperty(PROPERTY, dir.toString());
    }
}
