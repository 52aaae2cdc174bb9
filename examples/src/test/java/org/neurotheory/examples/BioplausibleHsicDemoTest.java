package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.neurotheory.bioplausible.hsic.experiments.FashionMnist;
import picocli.CommandLine;

/** Smoke test: one epoch on 2,560 images, a small network; prints a row per epoch. */
class BioplausibleHsicDemoTest {
    @Test
    void runsOneSmallEpoch() {
        assumeTrue(FashionMnist.present(), "Fashion-MNIST not installed");
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new BioplausibleHsicDemo());
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--width", "64", "--epochs", "1", "--train-images", "2560"));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[1].contains("layer 1"), out.toString());
        String[] row = lines[2].trim().split("\\s+");
        // the local objectives are negative from the first epoch on (label dependence dominates)
        assertTrue(Double.parseDouble(row[1]) < 0, out.toString());
    }
}
