package org.neurotheory.multimodal.experiments;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.testing.Assertions;

/** Fig. C at quick scale: every check passes (card 5a.6, 5a.7, 5a.11 and the E2 scatter). */
class FigureCTest {
    @Test
    void quickScalePasses() {
        Assertions.assertFigurePasses(new FigureC(), 1);
    }
}
