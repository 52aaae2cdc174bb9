package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Smoke test: the demo runs at a small size and prints one row per fusion layer. */
class MultimodalDemoTest {
    @Test
    void runsTwoLayerToy() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new MultimodalDemo());
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--samples", "512", "--epochs", "3000"));
        String text = out.toString();
        assertTrue(text.contains("t_B/t_A"), text);
        String[] lines = text.split("\n");
        String late = lines[3].trim();
        assertTrue(late.startsWith("2 "), text);
        // late fusion of the r = 2 toy: a unimodal phase, ratio well above early fusion's ~1 (theory 4)
        double ratio = Double.parseDouble(late.split("\\s+")[4]);
        assertTrue(ratio > 3 && ratio < 4.5, "late-fusion ratio " + ratio);
    }
}
