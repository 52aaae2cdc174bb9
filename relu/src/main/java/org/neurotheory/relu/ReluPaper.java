package org.neurotheory.relu;

import java.util.List;
import java.util.Map;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.sweep.SweepSpec;
import org.neurotheory.relu.experiments.FigE5ExactEquivalence;
import org.neurotheory.relu.experiments.FigE1Expressivity;
import org.neurotheory.relu.experiments.FigE2AlphaSweep;
import org.neurotheory.relu.experiments.FigE3ClosedForm;
import org.neurotheory.relu.experiments.FigE6DeepNetworks;
import org.neurotheory.relu.experiments.FigE4EquivalenceBreaking;

/** Registry entry for Zhang, Saxe and Latham, "When Are Bias-Free ReLU Networks Effectively Linear Networks?". */
public final class ReluPaper implements Paper {
    /** The paper's key. */
    public static final String KEY = "relu";

    @Override
    public String key() {
        return KEY;
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
        return List.of(new FigE1Expressivity(), new FigE2AlphaSweep(), new FigE3ClosedForm(),
                new FigE4EquivalenceBreaking(), new FigE5ExactEquivalence(), new FigE6DeepNetworks());
    }

    /** The slope sweeps of E2 and E3 ({@code fige2-slopes}, {@code fige3-slopes}), one point per alpha. */
    @Override
    public List<SweepSpec> sweeps() {
        return List.of(new FigE2AlphaSweep().sweep(), new FigE3ClosedForm().sweep());
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("expressivity", "fige1", "alpha-sweep", "fige2", "closed-form", "fige3",
                "breaking", "fige4", "exactness", "fige5", "deep", "fige6");
    }
}
