package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Smoke test: the demo runs a short circuit and prints simulation next to theory. */
class BioplausibleConvDemoTest {
    @Test
    void printsTheTableAndMatchesTheory() {
        StringWriter out = new StringWriter();
        double[] r = BioplausibleConvDemo.run(new PrintWriter(out), 3, 0.1, 60_000, 2);
        assertTrue(out.toString().contains("circuit floor"), out.toString());
        // SGD toy within 0.15 of the fixed-point theory (log10 inverse SNR; the tolerance used for the SGD
        // panel of Fig. 4); circuit within 0.15 (one trial, last point only)
        assertEquals(r[1], r[0], 0.15, out.toString());
        assertEquals(r[3], r[2], 0.15, out.toString());
    }

    @Test
    void rejectsAnInvalidKernel() {
        CommandLine cl = new CommandLine(new BioplausibleConvDemo());
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertTrue(cl.execute("--kernel", "5") != 0);
    }
}
