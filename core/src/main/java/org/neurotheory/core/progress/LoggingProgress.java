package org.neurotheory.core.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress as INFO log lines at every further 10% (for runs without a terminal). */
final class LoggingProgress implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingProgress.class);
    private final String task;
    private final long total;
    private long done;
    private int lastDecile;
    private String message = "";

    LoggingProgress(String task, long total) {
        this.task = task;
        this.total = Math.max(1, total);
    }

    @Override
    public synchronized void step(long n) {
        done += n;
        int decile = (int) Math.min(10, done * 10 / total);
        if (decile > lastDecile) {
            lastDecile = decile;
            LOG.info("{}: {}% ({}/{}) {}", task, decile * 10, done, total, message);
        }
    }

    @Override
    public synchronized void message(String text) {
        message = text == null ? "" : text;
    }

    @Override
    public void close() {
        LOG.info("{}: done", task);
    }
}
