package org.neurotheory.multimodal.experiments;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.testing.Assertions;

/** Fig. E at quick scale: every check passes (card 5a.5, 5a.8, 5a.9). */
class FigureETest {
    @Test
    void quickScalePasses() {
        Assertions.assertFigurePasses(new FigureE(), 1);
    }
}
