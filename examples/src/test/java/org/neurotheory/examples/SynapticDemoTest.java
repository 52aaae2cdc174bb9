package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Smoke test of the synaptic demo at a small size. */
class SynapticDemoTest {
    @Test
    void printsTheRateTable() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new SynapticDemo());
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--synapses", "300", "--taus", "3", "--seed", "4"));
        String text = out.toString();
        assertTrue(text.contains("N = 300 synapses") && text.contains("calibration"), text);
        assertTrue(text.contains("[1, 3)") && text.contains("Eq. S1"), text);
    }

    @Test
    void simulationFollowsTheClosedForm() {
        // 300 synapses, 1 tau of averaging: Eq. S1 within 15% for the bands >= 1 Hz (the figure test,
        // with more synapses and time, uses 10%; the 10-100 Hz band here holds only a few synapses)
        double worst = SynapticDemo.run(new PrintWriter(new StringWriter()), 300, 3, 4);
        assertTrue(worst < 0.15, "worst relative deviation " + worst);
    }

    @Test
    void rejectsTooShortARun() {
        CommandLine cl = new CommandLine(new SynapticDemo());
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertTrue(cl.execute("--taus", "1") != 0);
    }
}
