package org.neurotheory.popcodes.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.popcodes.PopcodesPaper;

/** Every figure at quick scale: checks pass (card §5a check 13 and the figure checks), CSV hashes, keys. */
class PopcodesFiguresTest extends FigureContract {
    PopcodesFiguresTest() {
        super(new PopcodesPaper());
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        if (figure instanceof Fig2RedundantCodes) {
            assertEquals(20, data.panel("a").series().size(), "20 example tuning curves");
        }
    }
}
