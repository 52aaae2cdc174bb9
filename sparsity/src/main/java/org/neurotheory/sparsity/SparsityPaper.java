package org.neurotheory.sparsity;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.sparsity.experiments.Fig1aAccuracyVsSparsity;
import org.neurotheory.sparsity.experiments.Fig1bcWeightDistributions;
import org.neurotheory.sparsity.experiments.Fig2CnnSparseTraining;
import org.neurotheory.sparsity.experiments.Fig2SparseTraining;
import org.neurotheory.sparsity.experiments.FigClContinualLearning;
import org.neurotheory.sparsity.experiments.FigT1RichGetRicher;

/** Registry entry for Schwarz et al., "Powerpropagation: A sparsity inducing weight reparameterisation". */
public final class SparsityPaper implements Paper {
    @Override
    public String key() {
        return "sparsity";
    }

    @Override
    public String title() {
        return "Powerpropagation: A sparsity inducing weight reparameterisation";
    }

    @Override
    public String citation() {
        return "J. Schwarz, S. M. Jayakumar, R. Pascanu, P. E. Latham, Y. W. Teh. Powerpropagation: A sparsity "
                + "inducing weight reparameterisation. NeurIPS 2021; arXiv:2110.00296";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Fig1aAccuracyVsSparsity(), new Fig1bcWeightDistributions(), new Fig2SparseTraining(), new Fig2CnnSparseTraining(),
                new FigClContinualLearning(), new FigT1RichGetRicher());
    }
}
