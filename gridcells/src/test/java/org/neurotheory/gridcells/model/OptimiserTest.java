package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.progress.Progress;

/** Checks 14-15 (GECO, Adam), checkpoint and resume, and seed reproducibility of the optimisation. */
class OptimiserTest {

    private static OptimiserParams small() {
        return OptimiserParams.planeOneModule().withNeurons(9)
                .withObjective(ObjectiveParams.planeOneModule().withSamples(30, 4)).withSteps(240).withRecordEvery(10);
    }

    /** A run stopped at step 130 (last checkpoint) and resumed ends with the same bytes as an uninterrupted run. */
    @Test
    void resumedRunEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
        OptimiserParams p = small();
        OptimisationResult straight = CodeOptimisation.run(p, 42, Progress.silent());
        Path ck = dir.resolve("run.ckpt");
        CodeOptimisation killed = CodeOptimisation.start(p, 42);
        killed.advance(130, Progress.silent());
        killed.save(ck);
        assertTrue(Files.exists(ck));
        OptimisationResult resumed = CodeOptimisation.runCheckpointed(p, 42, ck, 50, Progress.silent());
        assertArrayEquals(straight.finalCode().weights(), resumed.finalCode().weights());
        assertArrayEquals(straight.finalCode().frequencyVectors(), resumed.finalCode().frequencyVectors());
        assertArrayEquals(straight.history().column(LossHistory.FUNCTIONAL), resumed.history().column(LossHistory.FUNCTIONAL));
        assertEquals(straight.bestStep(), resumed.bestStep());
        assertEquals(straight.lambdaPos(), resumed.lambdaPos());
    }

    @Test
    void resumeRefusesAnotherSeed(@TempDir Path dir) throws Exception {
        CodeOptimisation o = CodeOptimisation.start(small(), 1);
        o.advance(10, Progress.silent());
        Path ck = dir.resolve("a.ckpt");
        o.save(ck);
        IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class,
                () -> CodeOptimisation.resume(small(), 2, ck));
        assertTrue(e.getMessage().contains("checkpoint"));
    }

    @Test
    void restartsAreThreadCountIndependent() {
        OptimiserParams p = small().withSteps(60);
        var one = Restarts.run(p, 3, 9, 1, Progress.silent());
        var two = Restarts.run(p, 3, 9, 2, Progress.silent());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(one.get(i).finalCode().weights(), two.get(i).finalCode().weights());
        }
    }

    /**
     * Checkpointed restarts give the bytes of plain restarts, leave one file per restart named by label,
     * seed, restart and settings, and a second call reads the finished files back.
     */
    @Test
    void checkpointedRestartsEqualPlainRestarts() throws Exception {
        OptimiserParams p = small().withSteps(60);
        String label = "optimiser-test-" + ProcessHandle.current().pid();
        try {
            var plain = Restarts.run(p, 2, 9, 2, Progress.silent());
            var saved = Restarts.runCheckpointed(p, 2, 9, 2, label, 25, Progress.silent());
            for (int i = 0; i < 2; i++) {
                assertTrue(Files.exists(Restarts.checkpoint(label, p, 9, i)));
                assertTrue(Restarts.checkpoint(label, p, 9, i).getFileName().toString().startsWith("neurotheory-" + label + "-seed9-restart" + i + "-"));
                assertArrayEquals(plain.get(i).finalCode().weights(), saved.get(i).finalCode().weights());
            }
            long written = Files.getLastModifiedTime(Restarts.checkpoint(label, p, 9, 1)).toMillis();
            var again = Restarts.runCheckpointed(p, 2, 9, 1, label, 25, Progress.silent());
            assertArrayEquals(plain.get(1).finalCode().weights(), again.get(1).finalCode().weights());
            assertArrayEquals(plain.get(1).history().column(LossHistory.FUNCTIONAL), again.get(1).history().column(LossHistory.FUNCTIONAL));
            assertEquals(written, Files.getLastModifiedTime(Restarts.checkpoint(label, p, 9, 1)).toMillis());
            // other settings never read another run's file
            assertTrue(!Restarts.checkpoint(label, p, 9, 0).equals(Restarts.checkpoint(label, p.withSteps(61), 9, 0)));
        } finally {
            for (int i = 0; i < 2; i++) {
                Files.deleteIfExists(Restarts.checkpoint(label, p, 9, i));
            }
        }
    }

    @Test
    void checkpointFileRejectsALabelThatIsNotAFileNamePart() {
        IllegalArgumentException e = Assertions.assertThrows(IllegalArgumentException.class,
                () -> CodeOptimisation.checkpointFile("../x", small()));
        assertTrue(e.getMessage().contains("label"), e.getMessage());
    }

    /** Check 14: lambda grows geometrically above target once C saturates, decays below; the compression and -5 branches. */
    @Test
    void gecoSchedule() {
        GecoSchedule s = new GecoSchedule(1, -9, 0.9, 1e-3, true);
        assertEquals(-5, s.violation(0));
        assertEquals(Math.log(Math.log(1e-2) + 9), s.violation(1e-2), 1e-15);
        // 0 < log L - k < 1: the second log is negative (official quirk)
        assertTrue(s.violation(Math.exp(-8.5)) < 0);
        GecoSchedule raw = new GecoSchedule(1, -9, 0.9, 1e-3, false);
        assertEquals(Math.log(1e-2) + 9, raw.violation(1e-2), 1e-15);
        double c = 0;
        double lambda = 1;
        double prevRatio = 0;
        for (int t = 0; t < 200; t++) {
            c = 0.9 * c + 0.1 * raw.violation(1e-2);
            double next = lambda * Math.exp(raw.gamma() * c);
            prevRatio = next / lambda;
            lambda = next;
        }
        // C = c (1 - 0.9^200): saturated up to 7e-10 of c, so the ratio matches to ~1e-11
        assertEquals(Math.exp(1e-3 * (Math.log(1e-2) + 9)), prevRatio, 1e-11);
        c = 0;
        double before = lambda;
        for (int t = 0; t < 200; t++) {
            c = 0.9 * c + 0.1 * raw.violation(1e-6);
            lambda *= Math.exp(raw.gamma() * c);
        }
        assertTrue(lambda < before);
    }

    /** Check 15: one Adam step reproduces theta - eps mhat / sqrt(vhat + eta) with beta2 = 0.9. */
    @Test
    void adamStep() {
        Adam a = Adam.official(2, 0.1);
        double[] th = {1, -2};
        double[] g = {0.5, -3};
        a.step(th, g, 0);
        assertEquals(1 - 0.1 * 0.5 / Math.sqrt(0.25 + 1e-8), th[0], 1e-15);
        a.step(th, g, 1);
        double m = 0.9 * 0.05 + 0.1 * 0.5;
        double v = 0.9 * 0.025 + 0.1 * 0.25;
        double expected = 1 - 0.1 * 0.5 / Math.sqrt(0.25 + 1e-8) - 0.1 * (m / (1 - 0.81)) / Math.sqrt(v / (1 - 0.81) + 1e-8);
        assertEquals(expected, th[0], 1e-15);
    }
}
