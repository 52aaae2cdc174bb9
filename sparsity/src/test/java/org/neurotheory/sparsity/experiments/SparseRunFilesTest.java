package org.neurotheory.sparsity.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.nn.Checkpoint;
import org.neurotheory.core.sweep.FinishedRuns;
import org.neurotheory.sparsity.experiments.Fig2SparseTraining.Method;

/** A finished network of Fig. 2 is kept in core's {@link FinishedRuns} and read back with the same bits. */
class SparseRunFilesTest {
    private static final SparseRun RUN = new SparseRun(Method.RIGL, 2, 0.98, 0.1 + 0.2, 0.02000000000000001, 0.02, 12.345678901234567,
            Double.MIN_VALUE);

    @Test
    void aFinishedNetworkIsReadBackBitForBit(@TempDir Path dir) {
        AtomicInteger trained = new AtomicInteger();
        var p = Fig2SparseTraining.Params.quick();
        FinishedRuns.in(dir, "fig2-seed1", p, SparseRun.CODEC).trainOrRead(SparseRun.key(Method.RIGL, 2, 0.98), () -> {
            trained.incrementAndGet();
            return RUN;
        });
        SparseRun back = FinishedRuns.in(dir, "fig2-seed1", p, SparseRun.CODEC).trainOrRead(SparseRun.key(Method.RIGL, 2, 0.98), () -> {
            trained.incrementAndGet();
            return null;
        });
        assertEquals(1, trained.get());
        assertEquals(RUN, back);
        assertEquals(Double.doubleToRawLongBits(RUN.accuracy()), Double.doubleToRawLongBits(back.accuracy()));
        assertEquals(Double.doubleToRawLongBits(RUN.faint()), Double.doubleToRawLongBits(back.faint()));
    }

    /** The files that paper-scale runs wrote before the store moved to core are still read (same name and lines). */
    @Test
    void filesOfEarlierRunsAreRead(@TempDir Path dir) throws IOException {
        var p = Fig2CnnSparseTraining.Params.paper();
        Path f = dir.resolve(String.format("neurotheory-fig2cnn-seed1-%08x-gradual-a1.0-s0.8.run", p.toString().hashCode()));
        Files.writeString(f, "neurotheory SparseRun 1\nGRADUAL\n1.0\n0.8\n0.9141\n0.2\n0.2\n1426.5\n0.0\n");
        SparseRun r = FinishedRuns.in(dir, "fig2cnn-seed1", p, SparseRun.CODEC).trainOrRead(SparseRun.key(Method.GRADUAL, 1, 0.8), () -> {
            throw new AssertionError("trained instead of read");
        });
        assertEquals(new SparseRun(Method.GRADUAL, 1, 0.8, 0.9141, 0.2, 0.2, 1426.5, 0), r);
        Files.writeString(f, "neurotheory SparseRun 1\nGRADUAL\n1.0\n0.8\n");
        assertThrows(IllegalArgumentException.class,
                () -> FinishedRuns.in(dir, "fig2cnn-seed1", p, SparseRun.CODEC).trainOrRead(SparseRun.key(Method.GRADUAL, 1, 0.8), () -> RUN));
    }

    /**
     * A network killed after its last checkpoint (19/20 of the budget; its masks set by gradual pruning,
     * RigL's drop-and-grow or Top-KAST's sets) resumes from it and ends with the bytes of an uninterrupted
     * run; the resumed run writes no checkpoint of its own before the end, so the file is left as it was.
     */
    @Test
    void aKilledNetworkResumesFromItsCheckpointToTheSameBytes(@TempDir Path dir) throws IOException {
        var p = Fig2SparseTraining.Params.quick();
        for (Method m : Method.values()) {
            Path ck = dir.resolve(m + ".ckpt");
            // uninterrupted (saving its state changes nothing in the run), leaving its last checkpoint behind
            SparseRun whole = SparseRun.train(p, m, 2, 0.98, 5, ck);
            byte[] left = Files.readAllBytes(ck);
            SparseRun resumed = SparseRun.train(p, m, 2, 0.98, 5, ck);
            assertArrayEquals(left, Files.readAllBytes(ck), m + ": the resumed run started again from step 0");
            assertEquals(Double.doubleToRawLongBits(whole.accuracy()), Double.doubleToRawLongBits(resumed.accuracy()), m.name());
            assertEquals(whole.hiddenDensity(), resumed.hiddenDensity(), 0.0, m.name());
            assertEquals(whole.faint(), resumed.faint(), 0.0, m.name());
        }
    }

    /**
     * RigL resumed in the middle of its drop-and-grow phase (updates every 100 steps until 3/4 of the
     * budget): the first checkpoint the run writes is copied away as it appears, as if the run had been
     * killed just after it, and a run resumed from the copy ends with the bytes of the uninterrupted one.
     */
    @Test
    void rigLResumedDuringItsUpdatesEndsWithTheSameBytes(@TempDir Path dir) throws Exception {
        var p = Fig2SparseTraining.Params.quick();
        Path ck = dir.resolve("rigl.ckpt");
        Path copy = dir.resolve("rigl-killed.ckpt");
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (Files.exists(ck)) {
                        Files.copy(ck, copy);
                        return;
                    }
                    Thread.sleep(1);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        SparseRun whole = SparseRun.train(p, Method.RIGL, 2, 0.98, 5, ck);
        watcher.interrupt();
        watcher.join();
        long step = (long) Checkpoint.read(copy).get("trainer/position").getDouble(2);
        // RigL's updates run until step 3,000 of 4,000; checkpoints come every 200 steps
        assertTrue(step < p.steps() * 3 / 4, "the copied checkpoint is at step " + step + ", after RigL's updates");
        SparseRun resumed = SparseRun.train(p, Method.RIGL, 2, 0.98, 5, copy);
        assertEquals(Double.doubleToRawLongBits(whole.accuracy()), Double.doubleToRawLongBits(resumed.accuracy()));
        assertEquals(whole.hiddenDensity(), resumed.hiddenDensity(), 0.0);
        assertEquals(whole.faint(), resumed.faint(), 0.0);
    }
}
