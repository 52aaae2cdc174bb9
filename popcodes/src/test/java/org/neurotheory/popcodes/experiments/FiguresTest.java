package org.neurotheory.popcodes.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.popcodes.PopcodesPaper;

/** Every figure at quick scale: all checks pass (card §5a check 13 and the figure checks). */
class FiguresTest {
    @Test
    void fig2() {
        FigureData d = Assertions.assertFigurePasses(new Fig2RedundantCodes(), 1);
        assertEquals(20, d.panel("a").series().size(), "20 example tuning curves");
    }

    @Test
    void fig7() {
        Assertions.assertFigurePasses(new Fig7SynergisticCodes(), 1);
    }
}
