package org.neurotheory.synaptic;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.synaptic.experiments.LtpChangeFigure;
import org.neurotheory.synaptic.experiments.MeanVarianceFigure;
import org.neurotheory.synaptic.experiments.PosteriorSchematicFigure;
import org.neurotheory.synaptic.experiments.RateVariabilityFigure;
import org.neurotheory.synaptic.experiments.SamplingBenefitFigure;
import org.neurotheory.synaptic.experiments.SomaDistanceFigure;
import org.neurotheory.synaptic.experiments.TrackingFigure;

/**
 * Registry entry of Aitchison &amp; Latham, "Synaptic sampling" (arXiv:1505.04544). The figures are
 * reconstructions (card section 4.1): the 2015 figures could not be read. Figures that compare with
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
        return List.of(new PosteriorSchematicFigure(), new TrackingFigure(), new SamplingBenefitFigure(),
                new LtpChangeFigure(), new RateVariabilityFigure(), new MeanVarianceFigure(), new SomaDistanceFigure());
    }
}
