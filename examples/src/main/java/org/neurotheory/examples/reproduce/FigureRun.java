package org.neurotheory.examples.reproduce;

import java.nio.file.Path;
import org.neurotheory.core.provenance.RunRecord;

/**
 * The outcome of one figure in a {@code reproduce} run.
 *
 * @param key     {@code paper/figure}
 * @param record  its run record (checks, wall time, error if it threw)
 * @param skipped why the figure was skipped (its data cannot be had), else null
 */
public record FigureRun(String key, RunRecord record, String skipped) {
    /** What became of a figure. */
    public enum Status {
        /** Ran, every check passed. */
        PASS("pass"),
        /** Ran, a check failed. */
        FAIL("FAIL"),
        /** Threw. */
        ERROR("ERROR"),
        /** Its data cannot be had on this machine (a {@code DatasetUnavailableException}). */
        SKIPPED("SKIPPED");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** As shown in the summary and the index. */
        public String label() {
            return label;
        }
    }

    /** A figure that ran (or threw). */
    public FigureRun(String key, RunRecord record) {
        this(key, record, null);
    }

    /** How a skipped figure's run record starts its error text. */
    public static final String SKIPPED_PREFIX = "SKIPPED: ";

    /**
     * The outcome a figure's JSON run record holds (figures computed elsewhere, e.g. on a cluster):
     * SKIPPED when its error says the data could not be had.
     */
    public static FigureRun read(String key, Path json) {
        return of(key, RunRecordFile.readRecord(json));
    }

    /** The outcome {@code rec} records: SKIPPED when its error says the data could not be had. */
    public static FigureRun of(String key, RunRecord rec) {
        String error = rec.error();
        return new FigureRun(key, rec, error != null && error.startsWith(SKIPPED_PREFIX)
                ? error.substring(SKIPPED_PREFIX.length()) : null);
    }

    /** Number of checks that passed. */
    public long passed() {
        return record.checks().stream().filter(c -> c.pass()).count();
    }

    /** Ran without throwing and every check passed. */
    public boolean pass() {
        return skipped == null && record.pass();
    }

    /** PASS, FAIL, ERROR or SKIPPED. */
    public Status status() {
        if (skipped != null) {
            return Status.SKIPPED;
        }
        if (record.error() != null) {
            return Status.ERROR;
        }
        return record.pass() ? Status.PASS : Status.FAIL;
    }
}
