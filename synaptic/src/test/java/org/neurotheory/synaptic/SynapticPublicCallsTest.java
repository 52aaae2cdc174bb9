package org.neurotheory.synaptic;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.synaptic.experiments.Fig3SamplingBenefit;

/**
 * Issue #22's principle for fig3, whose recomputation needs a 7 tau simulation of its own: slow
 * suite only; the other figures are recomputed in {@link SynapticFiguresTest}.
 */
@Tag("slow")
class SynapticPublicCallsTest {
    @Test
    void fig3CoverageAndLogScoreFromPublicCalls() {
        SynapticPublicCalls.fig3(new Fig3SamplingBenefit().compute(Scale.QUICK, FigureContract.SEED), FigureContract.SEED);
    }
}
