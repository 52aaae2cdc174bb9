package org.neurotheory.gridcells.model;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.progress.Progress;
class ScratchTest {
    @Test
    void speed() {
        for (int n : new int[] {25, 64}) {
            OptimiserParams p = OptimiserParams.planeOneModule().withNeurons(n).withSteps(3000);
            CodeOptimisation o = CodeOptimisation.start(p, 1);
            o.advance(1000, Progress.silent());
            long t0 = System.nanoTime();
            o.advance(3000, Progress.silent());
            System.out.println("N=" + n + " ms/step " + (System.nanoTime() - t0) / 2000 / 1e6);
        }
    }
}
