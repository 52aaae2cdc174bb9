package org.neurotheory.multimodal;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.multimodal.experiments.FigBEarlyVsLateFusion;
import org.neurotheory.multimodal.experiments.FigCTimeRatio;
import org.neurotheory.multimodal.experiments.FigDSuperficialPreference;
import org.neurotheory.multimodal.experiments.FigEDeepFusion;
import org.neurotheory.multimodal.experiments.FigFGeneralisation;
import org.neurotheory.multimodal.experiments.FigGTwoViewImages;

/**
 * Registry entry of Zhang, Latham and Saxe, "Understanding Unimodal Bias in Multimodal Deep Linear
 * Networks" (ICML 2024, arXiv 2312.00935), found through {@link java.util.ServiceLoader}.
 */
public final class MultimodalPaper implements Paper {
    @Override
    public String key() {
        return "multimodal";
    }

    @Override
    public String title() {
        return "Understanding Unimodal Bias in Multimodal Deep Linear Networks";
    }

    @Override
    public String citation() {
        return "Y. Zhang, P. E. Latham and A. M. Saxe, Understanding Unimodal Bias in Multimodal Deep Linear Networks, "
                + "ICML 2024, PMLR 235:59100-59125, arXiv:2312.00935";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new FigBEarlyVsLateFusion(), new FigCTimeRatio(), new FigDSuperficialPreference(), new FigEDeepFusion(), new FigFGeneralisation(), new FigGTwoViewImages());
    }
}
