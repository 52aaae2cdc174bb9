package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.progress.Progress;

/** Checkpoint and resume of a finite-space optimisation (check 20 is a check of figure 3C). */
class FiniteSpaceOptimisationTest {

    private static FiniteOptimiserParams small() {
        FiniteOptimiserParams p = FiniteOptimiserParams.circle().withNeurons(7).withCandidates(12).withSteps(230);
        return p.withObjective(p.objective().withSamples(20, 30, 2));
    }

    /** A run stopped after its checkpoint at step 100 and resumed ends with the same bytes as an uninterrupted one. */
    @Test
    void resumedRunEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
        FiniteOptimiserParams p = small();
        OptimisationResult straight = FiniteSpaceOptimisation.run(p, 42, Progress.silent());
        Path ck = dir.resolve("finite.ckpt");
        FiniteSpaceOptimisation partial = FiniteSpaceOptimisation.start(p, 42);
        partial.advance(100, Progress.silent());
        partial.save(ck);
        partial.advance(170, Progress.silent());
        OptimisationResult resumed = FiniteSpaceOptimisation.runCheckpointed(p, 42, ck, 50, Progress.silent());
        assertArrayEquals(straight.finalCode().weights(), resumed.finalCode().weights());
        assertArrayEquals(straight.history().column(LossHistory.NORM), resumed.history().column(LossHistory.NORM));
        assertEquals(straight.bestStep(), resumed.bestStep());
        assertEquals(straight.lambdaNorm(), resumed.lambdaNorm());
    }

    /** The same on the sphere: rotations and their Wigner-D blocks come from the block's derived seed, so a resumed run is identical. */
    @Test
    void resumedSphereRunEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
        FiniteOptimiserParams p = FiniteOptimiserParams.sphere().withSpace(new Sphere(4)).withNeurons(5).withSteps(130);
        p = p.withObjective(p.objective().withSamples(15, 15, 2));
        FiniteSpaceOptimisation straight = FiniteSpaceOptimisation.start(p, 7);
        straight.advance(p.steps(), Progress.silent());
        Path ck = dir.resolve("sphere.ckpt");
        FiniteSpaceOptimisation partial = FiniteSpaceOptimisation.start(p, 7);
        partial.advance(50, Progress.silent());
        partial.save(ck);
        FiniteSpaceOptimisation resumed = FiniteSpaceOptimisation.resume(p, 7, ck);
        resumed.advance(p.steps(), Progress.silent());
        assertArrayEquals(straight.normalisedWeights(), resumed.normalisedWeights());
        assertArrayEquals(straight.history().column(LossHistory.NORM), resumed.history().column(LossHistory.NORM));
    }
}
