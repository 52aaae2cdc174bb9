package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.testing.Assertions;

/** Fig. F at quick scale: every check passes (card 3.6, 5a.10). */
class FigureFTest {
    @Test
    void quickScalePasses() {
        FigureData data = Assertions.assertFigurePasses(new FigureF(), 1);
        // card 5a.10: at P = 40 early fusion learns both modalities, norms "O(0.4-0.6)"; late fusion's B
        // stays near zero (a check of the figure). The bounds are the card's range widened by 0.1 each side
        double[] early = (double[]) data.parameters().get("earlyNormsP40");
        assertTrue(early[0] > 0.3 && early[0] < 0.7, "early |W_A^tot| = " + early[0]);
        assertTrue(early[1] > 0.3 && early[1] < 0.7, "early |W_B^tot| = " + early[1]);
    }
}
