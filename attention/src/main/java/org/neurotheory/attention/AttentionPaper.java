package org.neurotheory.attention;

import java.util.List;
import org.neurotheory.attention.experiments.InContextInWeightFigure;
import org.neurotheory.attention.experiments.MergedAttentionFigure;
import org.neurotheory.attention.experiments.RankSweepFigure;
import org.neurotheory.attention.experiments.SeparateAttentionFigure;
import org.neurotheory.attention.experiments.WhiteCovarianceFigure;
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
        return List.of(new MergedAttentionFigure(), new WhiteCovarianceFigure(),
                new SeparateAttentionFigure(), new RankSweepFigure(RankSweepFigure.Params.figure4()),
                new RankSweepFigure(RankSweepFigure.Params.figure12()), new InContextInWeightFigure());
    }
}
