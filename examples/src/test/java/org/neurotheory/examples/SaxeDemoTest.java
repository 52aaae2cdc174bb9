package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Smoke test of the demo: it runs, prints its table, and the simulation matches the closed form. */
class SaxeDemoTest {
    @Test
    void demoRunsAndMatchesTheory() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        double worst = SaxeDemo.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        // Dormand-Prince at 1e-10 tolerance: the mode strengths agree with Eq. (6) far below 1e-6
        assertTrue(worst < 1e-6, "worst relative deviation " + worst);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("a3(theory)"));
    }
}
