package org.neurotheory.sparsity.experiments;

import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.sparsity.SparsityPaper;

/**
 * The figure contract for this module: every figure at quick scale with its checks and CSV hash.
 * A figure whose Fashion-MNIST files the dataset catalog cannot find (tests never download) is
 * reported as skipped with the catalog's message, never as passed. Each computed figure is also
 * checked against public calls ({@link SparsityPublicCalls}).
 */
class SparsityFiguresTest extends FigureContract {
    SparsityFiguresTest() {
        super(new SparsityPaper());
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        SparsityPublicCalls.verify(figure, data, SEED);
    }
}
