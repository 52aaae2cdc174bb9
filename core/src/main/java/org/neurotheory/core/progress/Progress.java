package org.neurotheory.core.progress;

/**
 * Progress of a long computation. Library code reports through this interface and never prints.
 * {@link #auto(String, long)} chooses a terminal progress bar, periodic log lines, or silence
 * (system property {@code neurotheory.progress=silent}, set by the test configuration).
 */
public interface Progress extends AutoCloseable {
    /** Advances by {@code n} units. */
    void step(long n);

    /** Advances by one unit. */
    default void step() {
        step(1);
    }

    /** Shows a short status next to the progress (e.g. the running loss); ignored where not shown. */
    default void message(String text) {
    }

    /** Finishes the report. */
    @Override
    default void close() {
    }

    /** Reports nothing. */
    static Progress silent() {
        return n -> { };
    }

    /** A progress bar on a terminal, log lines every 10% otherwise, silent when so configured. */
    static Progress auto(String task, long total) {
        String mode = System.getProperty("neurotheory.progress", "auto");
        if (mode.equals("silent")) {
            return silent();
        }
        if (System.console() != null && !mode.equals("log")) {
            return new TerminalProgress(task, total);
        }
        return new LoggingProgress(task, total);
    }
}
