package org.neurotheory.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Scale;

/** A finished run is read back exactly instead of retrained; other settings and quick scale never read a file. */
class FinishedRunsTest {
    /** A run's result: its name and one number. */
    record Run(String name, double value) {
    }

    static final FinishedRuns.Codec<Run> CODEC = new FinishedRuns.Codec<>() {
        @Override
        public String header() {
            return "test Run 1";
        }

        @Override
        public String key(Run r) {
            return r.name();
        }

        @Override
        public List<String> encode(Run r) {
            return List.of(r.name(), Double.toString(r.value()));
        }

        @Override
        public Run decode(List<String> lines) {
            return new Run(lines.get(0), Double.parseDouble(lines.get(1)));
        }
    };

    private static final Run RUN = new Run("rigl-a2.0-s0.98", 0.1 + 0.2);

    private static Run train(AtomicInteger count, Run r) {
        count.incrementAndGet();
        return r;
    }

    @Test
    void aFinishedRunIsReadBackBitForBitWithoutTraining(@TempDir Path dir) {
        AtomicInteger trained = new AtomicInteger();
        FinishedRuns<Run> first = FinishedRuns.in(dir, "fig2-seed1", "settings A", CODEC);
        assertEquals(RUN, first.trainOrRead(RUN.name(), () -> train(trained, RUN)));
        assertEquals(dir.resolve(String.format("neurotheory-fig2-seed1-%08x-rigl-a2.0-s0.98.run", "settings A".hashCode())),
                first.file(RUN.name()));
        // a new JVM's store (a resumed run) with the same label and settings
        Run back = FinishedRuns.in(dir, "fig2-seed1", "settings A", CODEC).trainOrRead(RUN.name(), () -> train(trained, null));
        assertEquals(1, trained.get());
        assertEquals(Double.doubleToRawLongBits(RUN.value()), Double.doubleToRawLongBits(back.value()));
    }

    @Test
    void findReadsAFinishedRunAndOtherwiseFindsNothing(@TempDir Path dir) {
        FinishedRuns<Run> store = FinishedRuns.in(dir, "table1-seed1", "settings A", CODEC);
        assertTrue(store.find(RUN.name()).isEmpty(), "not finished yet");
        store.trainOrRead(RUN.name(), () -> RUN);
        assertEquals(RUN, store.find(RUN.name()).orElseThrow());
        assertTrue(FinishedRuns.in(dir, "table1-seed1", "settings B", CODEC).find(RUN.name()).isEmpty(), "other settings");
        assertTrue(FinishedRuns.<Run>none().find(RUN.name()).isEmpty(), "a store that keeps nothing");
    }

    @Test
    void otherSettingsOrQuickScaleTrainAgain(@TempDir Path dir) throws IOException {
        AtomicInteger trained = new AtomicInteger();
        FinishedRuns.in(dir, "fig2-seed1", "settings A", CODEC).trainOrRead(RUN.name(), () -> train(trained, RUN));
        FinishedRuns.in(dir, "fig2-seed1", "settings B", CODEC).trainOrRead(RUN.name(), () -> train(trained, RUN));
        FinishedRuns.in(dir, "fig2-seed2", "settings A", CODEC).trainOrRead(RUN.name(), () -> train(trained, RUN));
        assertEquals(3, trained.get());
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
        FinishedRuns<Run> quick = FinishedRuns.forFigure(Scale.QUICK, "fig2-seed1", "settings A", CODEC);
        quick.trainOrRead(RUN.name(), () -> train(trained, RUN));
        quick.trainOrRead(RUN.name(), () -> train(trained, RUN));
        assertEquals(5, trained.get());
    }

    @Test
    void aFileOfAnotherRunABrokenFileOrABadNameIsRefusedByName(@TempDir Path dir) throws IOException {
        FinishedRuns<Run> store = FinishedRuns.in(dir, "fig2-seed1", "settings A", CODEC);
        store.trainOrRead(RUN.name(), () -> RUN);
        Files.copy(store.file(RUN.name()), store.file("rigl-a3.0-s0.98"));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> store.trainOrRead("rigl-a3.0-s0.98", () -> RUN));
        assertTrue(other.getMessage().contains("rigl-a2.0-s0.98, not rigl-a3.0-s0.98"), other.getMessage());
        Files.writeString(store.file("gradual-a1.0-s0.9"), "half a file");
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> store.trainOrRead("gradual-a1.0-s0.9", () -> RUN));
        assertTrue(broken.getMessage().contains(store.file("gradual-a1.0-s0.9").toString()), broken.getMessage());
        Files.writeString(store.file("cut"), "test Run 1\ncut\n");
        assertThrows(IllegalArgumentException.class, () -> store.trainOrRead("cut", () -> RUN));
        IllegalArgumentException mislabelled = assertThrows(IllegalArgumentException.class,
                () -> store.trainOrRead("gradual-a2.0-s0.9", () -> RUN));
        assertTrue(mislabelled.getMessage().contains("gradual-a2.0-s0.9"), mislabelled.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                () -> FinishedRuns.in(dir, "fig 2", "settings A", CODEC));
        assertTrue(label.getMessage().contains("label") && label.getMessage().contains("fig 2"), label.getMessage());
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> store.file("a/b"));
        assertTrue(key.getMessage().contains("key") && key.getMessage().contains("a/b"), key.getMessage());
    }

    @Test
    void aRunThatCheckpointsItselfGetsItsPartialFileWhichGoesOnceItIsSaved(@TempDir Path dir) throws IOException {
        FinishedRuns<Run> store = FinishedRuns.in(dir, "table1-seed1", "settings A", CODEC);
        Path partial = store.partialFile(RUN.name());
        assertEquals(dir.resolve(String.format("neurotheory-table1-seed1-%08x-rigl-a2.0-s0.98.ckpt", "settings A".hashCode())), partial);
        // a killed run left its partial state; the next attempt is handed the same file to resume from
        assertFalse(store.has(RUN.name()));
        Files.writeString(partial, "epoch 3 of 5");
        List<String> seen = new ArrayList<>();
        Run run = store.trainOrResume(RUN.name(), ck -> {
            seen.add(ck + " " + readQuietly(ck));
            return RUN;
        });
        assertEquals(RUN, run);
        assertEquals(List.of(partial + " epoch 3 of 5"), seen);
        assertTrue(store.has(RUN.name()));
        assertTrue(Files.notExists(partial), "the partial state is deleted once the finished run is saved");
        // read back: not trained again
        assertEquals(RUN, store.trainOrResume(RUN.name(), ck -> {
            throw new AssertionError("trained again");
        }));
        // a store that keeps nothing has no run and hands no file
        assertFalse(FinishedRuns.<Run>none().has(RUN.name()));
        assertEquals(RUN, FinishedRuns.<Run>none().trainOrResume(RUN.name(), ck -> {
            assertNull(ck);
            return RUN;
        }));
    }

    @Test
    void aReportingStoreStepsItsProgressForTrainedRunsOnly(@TempDir Path dir) {
        FinishedRuns<Run> store = FinishedRuns.in(dir, "fig2cnn-seed2", "settings A", CODEC);
        store.trainOrRead("gradual-a1.0-s0.8", () -> new Run("gradual-a1.0-s0.8", 1));
        List<String> keys = List.of("gradual-a1.0-s0.8", "gradual-a2.0-s0.8", "rigl-a2.0-s0.98");
        assertEquals(2, store.left(keys), "one of the three is on disk");
        AtomicInteger steps = new AtomicInteger();
        FinishedRuns<Run> reporting = store.reportingTo(n -> steps.addAndGet((int) n));
        for (String k : keys) {
            reporting.trainOrResume(k, ck -> new Run(k, 2));
        }
        assertEquals(2, steps.get(), "the run read back is not counted");
        assertEquals(0, store.left(keys));
        AtomicInteger quick = new AtomicInteger();
        FinishedRuns<Run> none = FinishedRuns.<Run>none().reportingTo(n -> quick.addAndGet((int) n));
        assertEquals(3, FinishedRuns.<Run>none().left(keys));
        none.trainOrRead(RUN.name(), () -> RUN);
        none.trainOrResume(RUN.name(), ck -> RUN);
        assertEquals(2, quick.get());
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
