package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neurotheory.sparsity.data.FashionMnistSplit;
import picocli.CommandLine;

class SparsityDemoTest {
    @Test
    void printsThePruningTable() {
        Assumptions.assumeTrue(FashionMnistSplit.available(), "Fashion-MNIST not installed");
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new SparsityDemo());
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--steps", "100", "--alpha", "3"));
        String text = out.toString();
        assertTrue(text.contains("alpha=1") && text.contains("alpha=3.0") && text.contains("100.00%"), text);
        assertTrue(text.contains("blows up at t*"), text);
    }

    @Test
    void rejectsAlphaBelowOne() {
        CommandLine cl = new CommandLine(new SparsityDemo());
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertTrue(cl.execute("--alpha", "0.5") != 0);
    }
}
