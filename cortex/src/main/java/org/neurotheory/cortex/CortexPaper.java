package org.neurotheory.cortex;

import java.util.List;
import java.util.Map;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.cortex.experiments.FigS1InputStates;
import org.neurotheory.cortex.experiments.FigS2Asynchronous;
import org.neurotheory.cortex.experiments.FigS3Correlations;
import org.neurotheory.cortex.experiments.FigS4Precision;
import org.neurotheory.cortex.experiments.FigS5SubthresholdCorrelations;
import org.neurotheory.cortex.experiments.FigS6UpDown;
import org.neurotheory.cortex.experiments.FigS7TheoryVsSimulation;

/**
 * Registry entry of arXiv:1511.00411 (one theory for irregular, precise, weakly and strongly
 * correlated cortical activity). The paper's text was not available: the figures are a
 * substitute set S1-S7 computed on the substitute model SUB-0, a reconstruction, not a reproduction.
 */
public final class CortexPaper implements Paper {
    @Override
    public String key() {
        return "cortex";
    }

    @Override
    public String title() {
        return "A unifying framework for understanding state-dependent network dynamics in cortex "
                + "(reconstruction on a substitute balanced E-I model)";
    }

    @Override
    public String citation() {
        return "A. Lerchner and P. E. Latham (authors and title from memory, unverified), arXiv:1511.00411, 2015";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new FigS1InputStates(), new FigS2Asynchronous(), new FigS3Correlations(), new FigS4Precision(),
                new FigS5SubthresholdCorrelations(), new FigS6UpDown(), new FigS7TheoryVsSimulation());
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("s1", "figs1", "s2", "figs2", "s3", "figs3", "s4", "figs4", "s5", "figs5", "s6", "figs6",
                "s7", "figs7");
    }
}
