package org.neurotheory.multimodal.experiments;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.testing.Assertions;

/** Fig. F at quick scale: every check passes (card 3.6, 5a.10). */
class FigureFTest {
    @Test
    void quickScalePasses() {
        Assertions.assertFigurePasses(new FigureF(), 1);
    }
}
