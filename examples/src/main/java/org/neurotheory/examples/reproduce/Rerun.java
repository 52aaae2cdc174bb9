package org.neurotheory.examples.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Where {@code reproduce --rerun} writes (next to the record, never over it) and how it compares. */
final class Rerun {
    /** Base-name suffix of a rerun's files: {@code fig2.rerun.csv} next to {@code fig2.csv}. */
    static final String SUFFIX = ".rerun";

    private Rerun() {
    }

    /** Whether two files hold the same bytes. */
    static boolean sameBytes(Path a, Path b) {
        try {
            return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + a + " and " + b, e);
        }
    }
}
