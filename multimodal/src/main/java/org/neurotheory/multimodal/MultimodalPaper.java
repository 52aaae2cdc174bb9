package org.neurotheory.multimodal;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.multimodal.experiments.FigureB;
import org.neurotheory.multimodal.experiments.FigureC;
import org.neurotheory.multimodal.experiments.FigureD;
import org.neurotheory.multimodal.experiments.FigureE;
import org.neurotheory.multimodal.experiments.FigureF;
import org.neurotheory.multimodal.experiments.FigureG;

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
        return List.of(new FigureB(), new FigureC(), new FigureD(), new FigureE(), new FigureF(), new FigureG());
    }
}
