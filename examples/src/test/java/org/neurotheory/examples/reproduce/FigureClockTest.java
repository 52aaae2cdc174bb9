package org.neurotheory.examples.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.progress.Progress;

/** The clock shown while a figure computes: a bar over the measured time, or elapsed-time notes. */
class FigureClockTest {
    /** A bar that records what it was told. */
    private static final class RecordingBar implements Progress {
        final String task;
        final long total;
        long steps;
        final List<String> messages = Collections.synchronizedList(new ArrayList<>());
        boolean closed;

        RecordingBar(String task, long total) {
            this.task = task;
            this.total = total;
        }

        @Override
        public synchronized void step(long n) {
            steps += n;
        }

        @Override
        public void message(String text) {
            messages.add(text);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aMeasuredFigureGetsABarThatStopsShortOfTheEndAndSaysWhenItOverruns() throws Exception {
        List<RecordingBar> bars = new ArrayList<>();
        try (FigureClock clock = FigureClock.start("multimodal/figc", OptionalDouble.of(4.2), line -> { },
                (task, total) -> {
                    RecordingBar b = new RecordingBar(task, total);
                    bars.add(b);
                    return b;
                }, 5)) {
            Thread.sleep(300);
        }
        RecordingBar bar = bars.get(0);
        assertEquals(5, bar.total, "one unit per measured second, rounded up");
        assertTrue(bar.task.contains("multimodal/figc") && bar.task.contains("~5 s"), bar.task);
        assertEquals(4, bar.steps, "the bar never reaches its end before the figure does");
        assertTrue(bar.messages.get(bar.messages.size() - 1).startsWith("running "), bar.messages.toString());
        assertTrue(bar.closed);
    }

    @Test
    void anUnmeasuredFigureGetsElapsedTimeNotesAndAShortOneNothing() throws Exception {
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        try (FigureClock clock = FigureClock.start("relu/fige1", OptionalDouble.empty(), notes::add,
                (task, total) -> {
                    throw new AssertionError("no bar without a measured time");
                }, 2)) {
            Thread.sleep(200);
        }
        assertTrue(notes.size() >= 1, "a note every 30 ticks");
        assertTrue(notes.get(0).contains("relu/fige1: computing, 30 s so far"), notes.get(0));
        notes.clear();
        try (FigureClock clock = FigureClock.start("bioplausible-hsic/table1", OptionalDouble.empty(), notes::add,
                (task, total) -> {
                    throw new AssertionError("no bar without a measured time");
                }, 1)) {
            while (notes.size() < 22) {
                Thread.sleep(5);
            }
        }
        // 20 notes in the first ten minutes (30 s ... 10 min), then one every ten minutes
        assertTrue(notes.get(19).contains("computing, 10 min so far"), notes.get(19));
        assertTrue(notes.get(20).contains("computing, 20 min so far"), notes.get(20));
        assertTrue(notes.get(21).contains("computing, 30 min so far"), notes.get(21));
        try (FigureClock clock = FigureClock.start("attention/fig4", OptionalDouble.of(1.3), line -> {
            throw new AssertionError("no notes for a measured figure");
        }, (task, total) -> {
            throw new AssertionError("no bar under " + FigureClock.MIN_SECONDS + " s");
        }, 2)) {
            Thread.sleep(50);
        }
    }

    @Test
    void aPaperScaleFigureMeasuredInMinutesGetsABarOverItsMeasuredSeconds() throws Exception {
        List<RecordingBar> bars = new ArrayList<>();
        try (FigureClock clock = FigureClock.start("relu/fige1", OptionalDouble.of(1300.2), line -> {
            throw new AssertionError("no elapsed-time notes for a measured figure");
        }, (task, total) -> {
            RecordingBar b = new RecordingBar(task, total);
            bars.add(b);
            return b;
        }, 2)) {
            Thread.sleep(100);
        }
        RecordingBar bar = bars.get(0);
        assertEquals(1301, bar.total, "one unit per measured second");
        assertTrue(bar.task.contains("relu/fige1 (measured ~22 min)"), bar.task);
        assertTrue(bar.steps > 0 && bar.steps < 1301, "the bar advances with the clock: " + bar.steps);
    }

    @Test
    void elapsedTimeNotesAreExactSoNoTwoReadAlike() {
        assertEquals("60 s", FigureClock.elapsed(60));
        assertEquals("1 min 30 s", FigureClock.elapsed(90));
        assertEquals("2 min", FigureClock.elapsed(120));
        assertEquals("2 min 30 s", FigureClock.elapsed(150));
        assertEquals("70 min", FigureClock.elapsed(4200));
    }

    @Test
    void labelsReadAsSecondsMinutesOrHours() {
        assertEquals("<1 s", FigureTimes.label(0.4));
        assertEquals("~42 s", FigureTimes.label(42));
        assertEquals("~16 min", FigureTimes.label(960));
        assertEquals("~1.5 h", FigureTimes.label(5400));
    }

    @Test
    void aRunFolderGivesTheTableOfItsFinishedFiguresAtOneScaleToTheMillisecond(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("toy"));
        Files.writeString(dir.resolve("toy/fast.json"),
                "{\"paper\": \"toy\", \"figure\": \"fast\", \"scale\": \"quick\", \"wallSeconds\": 0.0018347}");
        Files.writeString(dir.resolve("toy/slow.json"),
                "{\"paper\": \"toy\", \"figure\": \"slow\", \"scale\": \"quick\", \"wallSeconds\": 72.34567}");
        Files.writeString(dir.resolve("toy/broken.json"),
                "{\"paper\": \"toy\", \"figure\": \"broken\", \"scale\": \"quick\", \"wallSeconds\": 3.0, \"error\": \"boom\"}");
        Files.writeString(dir.resolve("toy/big.json"),
                "{\"paper\": \"toy\", \"figure\": \"big\", \"scale\": \"paper\", \"wallSeconds\": 600.0}");
        Files.writeString(dir.resolve("toy/slow.rerun.json"),
                "{\"paper\": \"toy\", \"figure\": \"slow\", \"scale\": \"quick\", \"wallSeconds\": 1.0}");
        assertEquals(Map.of("toy/fast", 0.002, "toy/slow", 72.346), FigureTimes.fromRecords(dir, Scale.QUICK),
                "a millisecond figure keeps a positive time; failed figures, reruns and other scales are left out");
        assertEquals(Map.of("toy/big", 600.0), FigureTimes.fromRecords(dir, Scale.PAPER));
    }
}
