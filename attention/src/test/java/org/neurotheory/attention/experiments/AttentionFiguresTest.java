package org.neurotheory.attention.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.attention.AttentionPaper;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.model.EndToEndObjective;
import org.neurotheory.attention.model.KeyQueryInit;
import org.neurotheory.attention.model.ReducedSeparateAttention;
import org.neurotheory.attention.theory.PopulationMoments;
import org.neurotheory.attention.theory.SaddlePoints;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.testing.FigureContract;

/** Every figure at quick scale: checks pass, CSV hashes as committed, keys registered (core's contract). */
class AttentionFiguresTest extends FigureContract {
    AttentionFiguresTest() {
        super(new AttentionPaper());
    }

    /**
     * Issue #22's principle for fig4: the plateau lengths it reports for R = 1 come from public calls
     * alone (code covariance, population loss, rank-one ATTN_S, gradient descent,
     * {@link SaddlePoints#dwellSteps}); same arithmetic, so equal.
     */
    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        AttentionPublicCalls.verify(figure, data, SEED);
        if (figure instanceof Fig4RankSweep) {
            RankSweep.Params p = RankSweep.Params.figure4();
            DMatrixRMaj lambda = CodeCovariance.spectral(p.dimension(), Seeds.stream(Seeds.derive(SEED, 1)));
            var loss = new PopulationMoments(lambda, p.contextLength()).cubicLoss();
            ReducedSeparateAttention model = new ReducedSeparateAttention(p.dimension(), p.heads(), 1);
            double[] theta0 = model.initialise(p.init(), KeyQueryInit.SCALED_KEY_QUERY, Seeds.stream(Seeds.derive(SEED, 2, 1)));
            double[] l = new GradientDescent(p.learningRate()).run(new EndToEndObjective(model, loss), theta0, p.steps()).losses();
            assertArrayEquals((int[]) data.parameters().get("dwell steps R=1"),
                    new SaddlePoints(lambda, p.contextLength()).dwellSteps(l));
        }
    }
}
