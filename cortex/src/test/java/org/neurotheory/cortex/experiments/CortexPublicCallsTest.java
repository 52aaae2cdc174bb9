package org.neurotheory.cortex.experiments;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.FigureContract;

/**
 * Issue #22's principle for the two figures whose recomputation needs network runs of its own
 * (8 s for figs3, 15 s for figs5 at quick scale): slow suite only; the other figures are recomputed
 * in {@link CortexFiguresTest}.
 */
@Tag("slow")
class CortexPublicCallsTest {
    @Test
    void figs3StateTableFromPublicCalls() {
        CortexPublicCalls.figs3(new FigS3Correlations().compute(Scale.QUICK, FigureContract.SEED), FigureContract.SEED);
    }

    @Test
    void figs5InputCorrelationFromPublicCalls() {
        CortexPublicCalls.figs5(new FigS5SubthresholdCorrelations().compute(Scale.QUICK, FigureContract.SEED),
                FigureContract.SEED);
    }
}
