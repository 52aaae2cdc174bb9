package org.neurotheory.bioplausible.hsic;

import java.util.List;
import org.neurotheory.bioplausible.hsic.experiments.Fig1LayerwiseVsBackprop;
import org.neurotheory.bioplausible.hsic.experiments.Fig2TwoPointRule;
import org.neurotheory.bioplausible.hsic.experiments.Table1Methods;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;

/**
 * Registry entry for Pogodin and Latham, "Kernelized information bottleneck leads to biologically
 * plausible 3-factor Hebbian learning in deep networks" (NeurIPS 2020).
 */
public final class BioplausibleHsicPaper implements Paper {
    @Override
    public String key() {
        return "bioplausible-hsic";
    }

    @Override
    public String title() {
        return "Kernelized information bottleneck leads to biologically plausible 3-factor Hebbian learning in deep networks";
    }

    @Override
    public String citation() {
        return "R. Pogodin, P. E. Latham. Kernelized information bottleneck leads to biologically plausible 3-factor "
                + "Hebbian learning in deep networks. NeurIPS 2020; arXiv:2006.07123";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Fig1LayerwiseVsBackprop(), new Fig2TwoPointRule(), new Table1Methods());
    }
}
