package org.neurotheory.bioplausible.conv;

import java.util.List;
import org.neurotheory.bioplausible.conv.experiments.Fig2AugmentationCurve;
import org.neurotheory.bioplausible.conv.experiments.Fig4SharingConvergence;
import org.neurotheory.bioplausible.conv.experiments.FigS1SleepConvergence;
import org.neurotheory.bioplausible.conv.experiments.Table1Arms;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;

/** Registry entry for Pogodin, Mehta, Lillicrap and Latham, "Towards Biologically Plausible Convolutional Networks". */
public final class BioplausibleConvPaper implements Paper {
    @Override
    public String key() {
        return "bioplausible-conv";
    }

    @Override
    public String title() {
        return "Towards Biologically Plausible Convolutional Networks";
    }

    @Override
    public String citation() {
        return "R. Pogodin, Y. Mehta, T. P. Lillicrap, P. E. Latham. Towards Biologically Plausible Convolutional "
                + "Networks. NeurIPS 2021; arXiv:2106.13031";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Fig2AugmentationCurve(), new Fig4SharingConvergence(), new FigS1SleepConvergence(),
                new Table1Arms());
    }
}
