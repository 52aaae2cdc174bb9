package org.neurotheory.relu.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.relu.ReluPaper;

/**
 * Every figure at quick scale (checks pass, CSV hashes as committed, keys registered) and, tagged
 * slow, at paper scale (minutes each; fige1 about an hour): core's contract.
 */
class ReluFiguresTest extends FigureContract {
    ReluFiguresTest() {
        super(new ReluPaper());
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        assertTrue(data.checks().size() >= 3, figure.key() + " has few checks");
    }
}
