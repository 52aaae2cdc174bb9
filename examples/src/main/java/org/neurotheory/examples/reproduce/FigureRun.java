package org.neurotheory.examples.reproduce;

import org.neurotheory.core.provenance.RunRecord;

/**
 * The outcome of one figure in a {@code reproduce} run.
 *
 * @param key    {@code paper/figure}
 * @param record its run record (checks, wall time, error if it threw)
 */
public record FigureRun(String key, RunRecord record) {
    /** Number of checks that passed. */
    public long passed() {
        return record.checks().stream().filter(c -> c.pass()).count();
    }

    /** Ran without throwing and every check passed. */
    public boolean pass() {
        return record.pass();
    }
}
