package org.neurotheory.synaptic;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.synaptic.experiments.Fig4LtpChange;
import org.neurotheory.synaptic.experiments.Fig6MeanVariance;
import org.neurotheory.synaptic.experiments.Fig1PosteriorSchematic;
import org.neurotheory.synaptic.experiments.Fig5RateVariability;
import org.neurotheory.synaptic.experiments.Fig3SamplingBenefit;
import org.neurotheory.synaptic.experiments.Fig7SomaDistance;
import org.neurotheory.synaptic.experiments.Fig2Tracking;
import org.neurotheory.synaptic.experiments.Fig8ClassicalComparison;

/**
 * Registry entry of Aitchison &amp; Latham, "Synaptic sampling" (arXiv:1505.04544). The figures are
 * reconstructions (§4.1): the 2015 figures could not be read. Figures that compare with
 * experiments overlay the published tables bundled with the module (or those in the folder named by
 * the system property {@value org.neurotheory.synaptic.experiments.DataDirectory#PROPERTY}).
 */
public final class SynapticPaper implements Paper {
    @Override
    public String key() {
        return "synaptic";
    }

    @Override
    public String title() {
        return "Synaptic sampling: a connection between PSP variability and uncertainty explains neurophysiological observations";
    }

    @Override
    public String citation() {
        return "L. Aitchison and P. E. Latham, arXiv:1505.04544 (2015); model details from Aitchison et al., "
                + "Nat. Neurosci. 24:565 (2021), arXiv:1410.1029";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Fig1PosteriorSchematic(), new Fig2Tracking(), new Fig3SamplingBenefit(),
                new Fig4LtpChange(), new Fig5RateVariability(), new Fig6MeanVariance(), new Fig7SomaDistance(),
                new Fig8ClassicalComparison());
    }
}
