package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.neurotheory.gridcells.model.ObjectiveParams;
import org.neurotheory.gridcells.model.OptimiserParams;

/** Smoke test of the gridcells demo on a small code: it runs, the code is actionable, positivity falls. */
class GridcellsDemoTest {
    @Test
    void demoRuns() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        OptimiserParams p = OptimiserParams.planeOneModule().withNeurons(9)
                .withObjective(ObjectiveParams.planeOneModule().withSamples(40, 5)).withSteps(400);
        double[] r = GridcellsDemo.run(new PrintStream(buf, true, StandardCharsets.UTF_8), p, 1);
        // pseudoinverse of a 9 x 9 Gaussian matrix: rounding error ~1e-13
        assertTrue(r[0] < 1e-9, "transition error " + r[0]);
        assertTrue(r[2] < r[1], "positivity loss falls: " + r[1] + " -> " + r[2]);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("median grid60"));
    }
}
