package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.neurotheory.cortex.experiments.StateSummary;

/** Smoke test of the cortex demo at quick scale: it runs, prints, and lands in the asynchronous state. */
class CortexDemoTest {
    @Test
    void demoRunsStateA() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StateSummary s = new CortexDemo().run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        // quick network, 2.5 s after burn-in: mean field 4.48 Hz; range of check 7 for state A [4.0, 5.0]
        // (model reference in docs/papers/cortex.md)
        assertEquals(4.5, s.nuE(), 0.5, "E rate");
        assertTrue(Math.abs(s.rsc50()) < 0.01, "asynchronous: r_sc ~ 0");
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("per simulated second"));
    }
}
