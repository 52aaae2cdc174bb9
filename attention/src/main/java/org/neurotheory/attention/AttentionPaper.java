package org.neurotheory.attention;

import java.util.List;
import java.util.Map;
import org.neurotheory.attention.experiments.FigIclInContextVsInWeight;
import org.neurotheory.attention.experiments.Fig1MergedAttention;
import org.neurotheory.attention.experiments.Fig12RankSweep;
import org.neurotheory.attention.experiments.Fig4RankSweep;
import org.neurotheory.attention.experiments.Fig3SeparateAttention;
import org.neurotheory.attention.experiments.Fig1WhiteTimeCourse;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;

/** Registry entry of Zhang, Singh, Latham and Saxe (2025): key {@code attention}. */
public final class AttentionPaper implements Paper {
    @Override
    public String key() {
        return "attention";
    }

    @Override
    public String title() {
        return "Training Dynamics of In-Context Learning in Linear Attention";
    }

    @Override
    public String citation() {
        return "Y. Zhang, A. K. Singh, P. E. Latham, A. Saxe. Training Dynamics of In-Context Learning in "
                + "Linear Attention. ICML 2025 (PMLR 267). arXiv:2501.16265";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Fig1MergedAttention(), new Fig1WhiteTimeCourse(),
                new Fig3SeparateAttention(), new Fig4RankSweep(),
                new Fig12RankSweep(), new FigIclInContextVsInWeight());
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("fig1-white", "fig1white", "icl-iwl", "figicl");
    }
}
