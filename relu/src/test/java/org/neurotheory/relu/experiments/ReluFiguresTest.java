package org.neurotheory.relu.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.testing.FigureContract;
import org.neurotheory.relu.ReluPaper;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.PairSymmetricInitialisation;
import org.neurotheory.relu.model.RegressionData;
import org.neurotheory.relu.theory.EquivalentLinearNetwork;
import org.neurotheory.relu.theory.PairEquivalence;

/**
 * Every figure at quick scale (checks pass, CSV hashes as committed, keys registered) and, tagged
 * slow, at paper scale (minutes each; fige1 about an hour): core's contract.
 */
class ReluFiguresTest extends FigureContract {
    ReluFiguresTest() {
        super(new ReluPaper());
    }

    @Override
    protected void moreAssertions(FigureSpec figure, FigureData data) {
        assertTrue(data.checks().size() >= 3, figure.key() + " has few checks");
        ReluPublicCalls.verify(figure, data, SEED);
        if (figure instanceof FigE5ExactEquivalence) {
            fige5ThroughPublicCalls(data);
        }
    }

    /**
     * Issue #22's principle for fige5: its headline numbers from public calls alone (data, pair init,
     * gradient descent, {@link PairEquivalence}, {@link EquivalentLinearNetwork}), the ReLU network (alpha = 0) against the figure's
     * reported half-drop step (same arithmetic: equal) and pairing kept in each layer to rounding.
     */
    private static void fige5ThroughPublicCalls(FigureData data) {
        FigE5ExactEquivalence.Params p = FigE5ExactEquivalence.Params.quick();
        SplittableRandom rng = Seeds.stream(Seeds.derive(SEED, 0));
        double[] w = new double[p.dimension()];
        double norm = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
            norm += w[i] * w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= Math.sqrt(norm);
        }
        RegressionData set = new SymmetricRegressionGenerator(p.originals(), p.dimension(), false, true, 0, false)
                .generate(ScalarTarget.linear(w).plus(ScalarTarget.cubicHermite(0).times(p.cubic())), rng);
        BiasFreeNetwork base = BiasFreeNetwork.twoLayer(p.dimension(), 2 * p.pairs(), 1, 1);
        DMatrixRMaj[] baseWeights = new DMatrixRMaj[2];
        PairSymmetricInitialisation.gaussian(base, p.initStd(), Seeds.stream(Seeds.derive(SEED, 1)), baseWeights);
        BiasFreeNetwork relu = base.withSlope(0);
        double[] p0 = PairSymmetricInitialisation.fromBase(relu, baseWeights[0], baseWeights[1]);
        GradientDescent gd = new GradientDescent(p.learningRate());
        Trajectory run = gd.trajectory(new NetworkGradientFlow(relu, set, 1), p0, p.steps(), p.recordEvery());
        double half = Curves.halfDropTime(gd.steps(run), run.losses(), set.bestLinearLoss());
        assertEquals(((Number) data.parameters().get("alpha=0.0 half-drop step")).doubleValue(), half, 0.0);
        // the plotted linear curve is Theorem A's equivalent linear network, trained through its public call
        double[] linear = EquivalentLinearNetwork.of(relu, p0, p.learningRate()).train(set, p.steps(), p.recordEvery()).losses();
        assertArrayEquals(data.panel("loss").series("alpha=0.0 linear").y(), linear, 0.0);
        for (int j = 0; j < run.size(); j++) {
            double[] e = PairEquivalence.pairingErrors(relu, run.state(j));
            assertTrue(e[0] < 1e-12 && e[1] < 1e-12, "pairing errors at record " + j + ": " + e[0] + ", " + e[1]);
        }
    }
}
