package org.neurotheory.core.data;

/**
 * A dataset that cannot be had: its files are not on this machine and could not be downloaded (no
 * network, downloads switched off, a failed or corrupt download). The message is one line that
 * says how to get the files: the URL, the Debian package where there is one, and the system
 * property that points the catalog at a folder. {@code reproduce} reports a figure that throws it
 * as SKIPPED rather than failed.
 */
public class DatasetUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetUnavailableException(String message) {
        super(message);
    }

    public DatasetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first {@code DatasetUnavailableException} in {@code t}'s cause chain, or null. */
    public static DatasetUnavailableException findIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DatasetUnavailableException d) {
                return d;
            }
        }
        return null;
    }
}
