package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Smoke test: the demo runs at a small size and prints both tables. */
class PopcodesDemoTest {
    @Test
    void printsTheRobustnessTables() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new PopcodesDemo());
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--neurons", "30", "--stimulus", "1.1"));
        String text = out.toString();
        assertTrue(text.contains("N = 30 neurons"), text);
        assertTrue(text.contains("redundant codes") && text.contains("synergistic codes"), text);
        assertEquals(2 * 5, text.lines().filter(l -> l.matches("\\s+[0-9.e+-]+\\s+[0-9.e+-]+\\s+[0-9.e+-]+\\s+[0-9.e+-]+.*")).count(),
                "five noise levels per table:\n" + text);
    }

    @Test
    void greenCodeSitsOnTheBound() {
        StringWriter out = new StringWriter();
        double worst = PopcodesDemo.run(new PrintWriter(out), 50, 2.0);
        // exact identity (R5 of the model reference, docs/papers/popcodes.md); 1e-9 relative covers rounding
        // of 50 x 50 Cholesky solves
        assertTrue(worst < 1e-9, "green deviates from the bound by " + worst);
    }

    @Test
    void rejectsAnInvalidPopulationSize() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new PopcodesDemo());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertTrue(cl.execute("--neurons", "0") != 0);
    }
}
