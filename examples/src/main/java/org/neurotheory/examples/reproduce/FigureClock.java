package org.neurotheory.examples.reproduce;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.neurotheory.core.progress.Progress;

/**
 * What the command line shows while one figure computes. A figure with a measured time at the scale
 * it runs at ({@link FigureTimes}) of a few seconds or more gets a progress bar over that time, one
 * unit per second, so the bar's ETA is the measured time less the time spent (the measurement was on
 * a shared machine, so the ETA is an estimate); the bar stops one unit short of the end and says so if
 * the figure runs longer. A figure without a measured time gets a line with its elapsed time every
 * half minute instead, every ten minutes after its first ten.
 */
final class FigureClock implements AutoCloseable {
    /** Figures expected to take less than this many seconds show no bar. */
    static final double MIN_SECONDS = 3;
    private static final long NOTE_EVERY_TICKS = 30;
    /** After this many ticks the notes thin out to one per {@link #NOTE_LATER_EVERY_TICKS}: an hours-long figure logs its own progress. */
    private static final long NOTES_OFTEN_UNTIL = 600;
    private static final long NOTE_LATER_EVERY_TICKS = 600;
    private final ScheduledExecutorService timer;
    private final Progress bar;
    private long ticks;

    private FigureClock(String key, OptionalDouble expectedSeconds, Consumer<String> notes,
            BiFunction<String, Long, Progress> bars, long tickMillis) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "neurotheory-figure-clock");
            t.setDaemon(true);
            return t;
        });
        if (expectedSeconds.isPresent() && expectedSeconds.getAsDouble() >= MIN_SECONDS) {
            long total = (long) Math.ceil(expectedSeconds.getAsDouble());
            bar = bars.apply(key + " (measured " + FigureTimes.label(total) + ")", total);
            timer.scheduleAtFixedRate(() -> tick(total), tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        } else {
            bar = null;
            if (expectedSeconds.isEmpty()) {
                timer.scheduleAtFixedRate(() -> note(key, notes), tickMillis, tickMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Starts the clock of figure {@code key} (bars from {@link Progress#auto}, one tick per second). */
    static FigureClock start(String key, OptionalDouble expectedSeconds, Consumer<String> notes) {
        return new FigureClock(key, expectedSeconds, notes, Progress::auto, 1000);
    }

    /** As {@link #start} with the bar factory and the tick length given (for tests). */
    static FigureClock start(String key, OptionalDouble expectedSeconds, Consumer<String> notes,
            BiFunction<String, Long, Progress> bars, long tickMillis) {
        return new FigureClock(key, expectedSeconds, notes, bars, tickMillis);
    }

    private synchronized void tick(long total) {
        ticks++;
        if (ticks < total) {
            bar.step();
        } else {
            bar.message(String.format(Locale.ROOT, "running %d s past the measured time", ticks - total + 1));
        }
    }

    private synchronized void note(String key, Consumer<String> notes) {
        ticks++;
        if (ticks <= NOTES_OFTEN_UNTIL ? ticks % NOTE_EVERY_TICKS == 0 : ticks % NOTE_LATER_EVERY_TICKS == 0) {
            notes.accept(String.format(Locale.ROOT, "  %s: computing, %s so far (no measured time at this scale)", key,
                    elapsed(ticks)));
        }
    }

    /** Elapsed seconds as "75 s", "2 min" or "2 min 30 s": exact, so that two half-minute notes never read alike. */
    static String elapsed(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        long rest = seconds % 60;
        return seconds / 60 + " min" + (rest == 0 ? "" : " " + rest + " s");
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (bar != null) {
            bar.close();
        }
    }
}
