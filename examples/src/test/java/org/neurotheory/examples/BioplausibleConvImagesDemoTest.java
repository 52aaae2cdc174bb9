package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.bioplausible.conv.experiments.ArmRuns;
import org.neurotheory.bioplausible.conv.experiments.ImageProtocol;

/** Smoke test: the image demo trains one small arm and prints both accuracies. */
class BioplausibleConvImagesDemoTest {
    @Test
    void trainsASmallSharingArm() {
        Assumptions.assumeTrue(ShiftedFashionMnist.locate().isPresent(), "Fashion-MNIST not installed");
        StringWriter out = new StringWriter();
        ImageProtocol p = new ImageProtocol(96, 100, new int[] {4, 8, 8}, true, 1, 32, 3e-3, 1, 123);
        ArmRuns r = BioplausibleConvImagesDemo.run(new PrintWriter(out), BioplausibleConvImagesDemo.parseArm("share:2"),
                p, 1);
        assertTrue(out.toString().contains("running BN"), out.toString());
        assertEquals(1, r.runs().size());
        assertTrue(r.meanAccuracy() >= 0 && r.meanAccuracy() <= 1, out.toString());
    }

    @Test
    void rejectsAnUnknownArm() {
        assertThrows(IllegalArgumentException.class, () -> BioplausibleConvImagesDemo.parseArm("pool:3"));
        assertThrows(IllegalArgumentException.class, () -> BioplausibleConvImagesDemo.parseArm("conv:3"));
    }
}
