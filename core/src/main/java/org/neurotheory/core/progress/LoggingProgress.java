package org.neurotheory.core.progress;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress as INFO log lines at every further 10% (for runs without a terminal, e.g. a paper-scale
 * run under {@code nohup}), each with the time spent and the time left at the mean rate so far.
 */
final class LoggingProgress implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingProgress.class);
    private final String task;
    private final long total;
    private final LongSupplier nanos;
    private final Consumer<String> out;
    private final long start;
    private long done;
    private int lastDecile;
    private String message = "";

    LoggingProgress(String task, long total) {
        this(task, total, System::nanoTime, LOG::info);
    }

    /** With the clock ({@code nanos}) and the line sink given (for tests). */
    LoggingProgress(String task, long total, LongSupplier nanos, Consumer<String> out) {
        this.task = task;
        this.total = Math.max(1, total);
        this.nanos = nanos;
        this.out = out;
        this.start = nanos.getAsLong();
    }

    @Override
    public synchronized void step(long n) {
        done += n;
        int decile = (int) Math.min(10, done * 10 / total);
        if (decile > lastDecile) {
            lastDecile = decile;
            double spent = (nanos.getAsLong() - start) * 1e-9;
            String left = done >= total ? "" : ", about " + duration(spent * (total - done) / done) + " left";
            out.accept(String.format(Locale.ROOT, "%s: %d%% (%d/%d) in %s%s %s", task, decile * 10, done, total,
                    duration(spent), left, message).stripTrailing());
        }
    }

    @Override
    public synchronized void message(String text) {
        message = text == null ? "" : text;
    }

    @Override
    public void close() {
        out.accept(task + ": done");
    }

    /** {@code seconds} as "42 s", "17 min" or "3 h 05 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 90) {
            return s + " s";
        }
        long min = Math.round(seconds / 60);
        if (min < 90) {
            return min + " min";
        }
        return String.format(Locale.ROOT, "%d h %02d min", min / 60, min % 60);
    }
}
