package org.neurotheory.multimodal.experiments;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.testing.Assertions;

/** Fig. D at quick scale: every check passes (card 5a.12). */
class FigureDTest {
    @Test
    void quickScalePasses() {
        Assertions.assertFigurePasses(new FigureD(), 1);
    }
}
