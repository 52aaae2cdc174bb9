package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.testing.Assertions;

/** fig1 beyond quick scale (quick scale: {@link HsicFiguresTest}). */
class Fig1LayerwiseVsBackpropTest {
    private static MethodRun run(Table1Method m, int epochs, double finalAccuracy) {
        double[] acc = new double[epochs];
        double[][] loss = new double[epochs][3];
        for (int e = 0; e < epochs; e++) {
            acc[e] = finalAccuracy - (epochs - 1 - e) * 0.1;
            Arrays.fill(loss[e], -0.01 * (e + 1));
        }
        return new MethodRun(m, acc, loss, new double[epochs]);
    }

    private static FigureData figure(Protocol pr, double phsic, double backprop) {
        var p = new Fig1LayerwiseVsBackprop.Params(pr, Table1Method.GAUSSIAN_GRP);
        return new Fig1LayerwiseVsBackprop().figure(p, run(Table1Method.GAUSSIAN_GRP, pr.epochs(), phsic),
                run(Table1Method.BACKPROP, pr.epochs(), backprop));
    }

    /**
     * Only the paper's protocol is compared with the paper's Table 1 (Fashion-MNIST: Gaussian grp 88.6,
     * backprop 90.2), within 1 point each.
     */
    @Test
    void paperProtocolIsComparedWithTheTable() {
        Protocol paper = Fig1LayerwiseVsBackprop.Params.paper().protocol();
        assertTrue(paper.isPaperProtocol());
        assertTrue(Protocol.paper().isPaperProtocol());
        for (Protocol other : new Protocol[] {Protocol.smoke(), Protocol.reduced(),
                new Protocol(60_000, 1024, 100, new int[] {50, 75}, 256, 1)}) {
            assertFalse(other.isPaperProtocol(), other.toString());
            assertTrue(figure(other, 80, 85).checks().stream().noneMatch(c -> c.name().contains("Table 1")));
        }
        assertTrue(figure(paper, 88.0, 90.9).allChecksPass(), figure(paper, 88.0, 90.9).checks().toString());
        assertEquals(2, figure(paper, 88.0, 90.9).checks().stream().filter(c -> c.name().contains("Table 1")).count());
        assertFalse(figure(paper, 87.5, 90.2).allChecksPass(), "pHSIC 1.1 points below the table");
        assertFalse(figure(paper, 88.6, 91.3).allChecksPass(), "backprop 1.1 points above the table");
    }

    /** The reduced protocol (60,000 images, 10 epochs, one seed) for the curves. */
    @Tag("slow")
    @Test
    void reducedProtocolPassesItsChecks() {
        assumeTrue(FashionMnist.present(), "Fashion-MNIST not installed");
        FigureData d = new Fig1LayerwiseVsBackprop().compute(
                new Fig1LayerwiseVsBackprop.Params(Protocol.reduced().withSeeds(1), Table1Method.GAUSSIAN_GRP), 1);
        assertTrue(d.checks().stream().allMatch(Check::pass), d.checks().toString());
    }
}
