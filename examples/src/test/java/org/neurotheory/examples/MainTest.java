package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level command line: help mentions the shell, {@code demo} runs the example mains. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpMentionsTheShellAndTheDemos() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("./neurotheory shell"), out.toString());
        assertTrue(out.toString().contains("demo"), out.toString());
        assertTrue(out.toString().contains("reproduce"), out.toString());
    }

    @Test
    void demoHelpListsEveryDemo() {
        assertEquals(0, run("demo", "--help"));
        for (String name : DemoCommand.DEMOS.keySet()) {
            assertTrue(out.toString().contains(name), name + " missing from " + out);
        }
    }

    @Test
    void argumentsAfterTheNameGoToTheDemo() {
        // --help after the name is the demo's own help, not demo's
        assertEquals(0, run("demo", "multimodal", "--help"));
        assertTrue(out.toString().contains("multimodal-demo"), out.toString());
        assertTrue(out.toString().contains("--depth"), out.toString());
        assertEquals(0, run("demo", "Popcodes", "--help"));
        assertTrue(out.toString().contains("popcodes-demo"), out.toString());
    }

    @Test
    void aDemoWithoutOptionsRuns() {
        assertEquals(0, run("demo", "saxe"));
        assertEquals(2, run("demo", "saxe", "--fast"));
        assertTrue(err.toString().contains("takes no arguments"), err.toString());
    }

    @Test
    void unknownDemoIsAUsageErrorListingTheDemos() {
        assertEquals(2, run("demo", "nosuch"));
        assertTrue(err.toString().contains("unknown demo 'nosuch'"), err.toString());
        assertTrue(err.toString().contains("multimodal"), err.toString());
    }
}
