package org.neurotheory.relu;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.relu.experiments.AlphaSweepFigure;
import org.neurotheory.relu.experiments.ExactEquivalenceFigure;
import org.neurotheory.relu.experiments.ExpressivityFigure;
import org.neurotheory.relu.experiments.DeepNetworkFigure;
import org.neurotheory.relu.experiments.EquivalenceBreakingFigure;

/** Registry entry for Zhang, Saxe and Latham, "When Are Bias-Free ReLU Networks Effectively Linear Networks?". */
public final class ReluPaper implements Paper {
    @Override
    public String key() {
        return "relu";
    }

    @Override
    public String title() {
        return "When Are Bias-Free ReLU Networks Effectively Linear Networks?";
    }

    @Override
    public String citation() {
        return "Y. Zhang, A. M. Saxe, P. E. Latham. When Are Bias-Free ReLU Networks Effectively Linear Networks? "
                + "TMLR 2025 (HiLD workshop at ICML 2024); arXiv:2406.12615";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(AlphaSweepFigure.alphaSweep(), AlphaSweepFigure.closedForm(), new ExactEquivalenceFigure(),
                new ExpressivityFigure(), new EquivalenceBreakingFigure(), new DeepNetworkFigure());
    }
}
