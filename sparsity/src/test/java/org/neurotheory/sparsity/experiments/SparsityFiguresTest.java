package org.neurotheory.sparsity.experiments;

import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.sparsity.SparsityPaper;

/**
 * The figure contract for this module: every figure at quick scale with its checks and CSV hash.
 * A figure whose Fashion-MNIST files the dataset catalog cannot find (tests never download) is
 * reported as skipped with the catalog's message, never as passed.
 */
class SparsityFiguresTest extends FigureContract {
    SparsityFiguresTest() {
        super(new SparsityPaper());
    }
}
