package org.neurotheory.popcodes;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.popcodes.experiments.Fig2RedundantCodes;
import org.neurotheory.popcodes.experiments.Fig4OptimalFamily;
import org.neurotheory.popcodes.experiments.Fig7SynergisticCodes;
import org.neurotheory.popcodes.experiments.FigS1BoundScatter;
import org.neurotheory.popcodes.experiments.FigS2SpikingStage;
import org.neurotheory.popcodes.experiments.FigS3CovarianceOptimisation;

/**
 * Registry entry for Zylberberg, Pouget, Latham and Shea-Brown, "Robust information propagation
 * through noisy neural circuits", PLoS Comput Biol 13(4): e1005497 (2017), arXiv:1608.05706.
 * Figures 2 and 7 are reconstructions (§4.1), Fig. 4 is the numeric version of the
 * schematic, and S1-S3 are derived figures (§4.5) standing in for Figs 5-6, which were not
 * available.
 */
public final class PopcodesPaper implements Paper {
    @Override
    public String key() {
        return "popcodes";
    }

    @Override
    public String title() {
        return "Robust information propagation through noisy neural circuits";
    }

    @Override
    public String citation() {
        return "J. Zylberberg, A. Pouget, P. E. Latham, E. Shea-Brown. Robust information propagation through"
                + " noisy neural circuits. PLoS Comput Biol 13(4): e1005497 (2017). doi:10.1371/journal.pcbi.1005497."
                + " arXiv:1608.05706";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Fig2RedundantCodes(), new Fig4OptimalFamily(), new Fig7SynergisticCodes(), new FigS1BoundScatter(),
                new FigS2SpikingStage(), new FigS3CovarianceOptimisation());
    }
}
