package org.neurotheory.sparsity.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.sparsity.experiments.Fig2SparseTraining.Method;

/** A finished network is read back exactly instead of retrained; other settings and quick scale never read a file. */
class FinishedRunsTest {
    private static final SparseRun RUN = new SparseRun(Method.RIGL, 2, 0.98, 0.1 + 0.2, 0.02000000000000001, 0.02, 12.345678901234567,
            Double.MIN_VALUE);

    @Test
    void aFinishedNetworkIsReadBackBitForBitWithoutTraining(@TempDir Path dir) {
        AtomicInteger trained = new AtomicInteger();
        FinishedRuns first = FinishedRuns.in(dir, "fig2-seed1", Fig2SparseTraining.Params.quick());
        assertEquals(RUN, first.trainOrRead(Method.RIGL, 2, 0.98, () -> {
            trained.incrementAndGet();
            return RUN;
        }));
        // a new JVM's store (a resumed run) with the same label and settings
        FinishedRuns resumed = FinishedRuns.in(dir, "fig2-seed1", Fig2SparseTraining.Params.quick());
        SparseRun back = resumed.trainOrRead(Method.RIGL, 2, 0.98, () -> {
            trained.incrementAndGet();
            return null;
        });
        assertEquals(1, trained.get());
        assertEquals(RUN, back);
        assertEquals(Double.doubleToRawLongBits(RUN.accuracy()), Double.doubleToRawLongBits(back.accuracy()));
        assertEquals(Double.doubleToRawLongBits(RUN.faint()), Double.doubleToRawLongBits(back.faint()));
    }

    @Test
    void otherSettingsOrQuickScaleTrainAgain(@TempDir Path dir) throws IOException {
        AtomicInteger trained = new AtomicInteger();
        FinishedRuns.in(dir, "fig2-seed1", Fig2SparseTraining.Params.quick()).trainOrRead(Method.RIGL, 2, 0.98, () -> {
            trained.incrementAndGet();
            return RUN;
        });
        FinishedRuns.in(dir, "fig2-seed1", Fig2SparseTraining.Params.paper()).trainOrRead(Method.RIGL, 2, 0.98, () -> {
            trained.incrementAndGet();
            return RUN;
        });
        FinishedRuns.in(dir, "fig2-seed2", Fig2SparseTraining.Params.quick()).trainOrRead(Method.RIGL, 2, 0.98, () -> {
            trained.incrementAndGet();
            return RUN;
        });
        assertEquals(3, trained.get());
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
        FinishedRuns quick = FinishedRuns.forFigure(Scale.QUICK, "fig2-seed1", Fig2SparseTraining.Params.quick());
        quick.trainOrRead(Method.RIGL, 2, 0.98, () -> {
            trained.incrementAndGet();
            return RUN;
        });
        quick.trainOrRead(Method.RIGL, 2, 0.98, () -> {
            trained.incrementAndGet();
            return RUN;
        });
        assertEquals(5, trained.get());
    }

    @Test
    void aFileOfAnotherNetworkOrNoFileAtAllIsRefusedByName(@TempDir Path dir) throws IOException {
        FinishedRuns store = FinishedRuns.in(dir, "fig2-seed1", Fig2SparseTraining.Params.quick());
        store.trainOrRead(Method.RIGL, 2, 0.98, () -> RUN);
        Files.copy(store.file(Method.RIGL, 2, 0.98), store.file(Method.RIGL, 3, 0.98));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> store.trainOrRead(Method.RIGL, 3, 0.98, () -> RUN));
        assertTrue(other.getMessage().contains("alpha 2.0") && other.getMessage().contains("alpha 3.0"), other.getMessage());
        Files.writeString(store.file(Method.GRADUAL, 1, 0.9), "half a file");
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> store.trainOrRead(Method.GRADUAL, 1, 0.9, () -> RUN));
        assertTrue(broken.getMessage().contains(store.file(Method.GRADUAL, 1, 0.9).toString()), broken.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                () -> FinishedRuns.in(dir, "fig 2", Fig2SparseTraining.Params.quick()));
        assertTrue(label.getMessage().contains("label") && label.getMessage().contains("fig 2"), label.getMessage());
    }
}
