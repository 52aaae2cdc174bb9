package org.neurotheory.sparsity.experiments;

import java.util.Optional;
import java.util.Set;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.sparsity.SparsityPaper;
import org.neurotheory.sparsity.data.FashionMnistSplit;

/**
 * The figure contract for this module. The Fig. 1 figures train five MLPs for 20,000 steps each at
 * quick scale (a few minutes on two idle cores): they run here only with
 * {@code -Dneurotheory.sparsity.train=true} (and the Fashion-MNIST files), and are otherwise
 * reported as skipped with the reason, never as passed. {@link Fig1aSmokeTest} trains a few hundred
 * steps in the default suite.
 */
class SparsityFiguresTest extends FigureContract {
    private static final Set<String> TRAINED = Set.of("fig1a", "fig1bc");

    SparsityFiguresTest() {
        super(new SparsityPaper());
    }

    @Override
    protected Optional<String> unavailable(FigureSpec figure) {
        if (!TRAINED.contains(figure.key())) {
            return Optional.empty();
        }
        if (!FashionMnistSplit.available()) {
            return Optional.of("Fashion-MNIST not found in " + FashionMnistSplit.directory());
        }
        if (!Boolean.getBoolean("neurotheory.sparsity.train")) {
            return Optional.of("trains 5 MLPs x 20,000 steps; run with -Dneurotheory.sparsity.train=true");
        }
        return Optional.empty();
    }
}
