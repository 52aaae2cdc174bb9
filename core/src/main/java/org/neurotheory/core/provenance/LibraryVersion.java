package org.neurotheory.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, read from the build-time resource. */
public final class LibraryVersion {
    private static final String VERSION = load();

    private LibraryVersion() {
    }

    /** The version string, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a build. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("/org/neurotheory/core/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
