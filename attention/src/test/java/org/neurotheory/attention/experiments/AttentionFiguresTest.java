package org.neurotheory.attention.experiments;

import org.neurotheory.attention.AttentionPaper;
import org.neurotheory.core.testing.FigureContract;

/** Every figure at quick scale: checks pass, CSV hashes as committed, keys registered (core's contract). */
class AttentionFiguresTest extends FigureContract {
    AttentionFiguresTest() {
        super(new AttentionPaper());
    }
}
