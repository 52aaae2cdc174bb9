package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Smoke test of the relu demo: it runs, prints its table, and the equivalence holds. */
class ReluDemoTest {
    @Test
    void demoRunsAndReluEqualsLinear() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        double[] gaps = ReluDemo.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        // same arithmetic up to rounding: the pair ReLU net and the half-rate linear net agree to 1e-12
        assertTrue(gaps[0] < 1e-12, "ReLU vs linear " + gaps[0]);
        // gradient flow closed form vs GD at lr 0.02 from non-aligned init: within 0.07
        // (the tolerance of experiment E3)
        assertTrue(gaps[1] < 0.07, "ReLU vs closed form " + gaps[1]);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("closed form"));
    }
}
