package org.neurotheory.attention.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.data.TaskMixture;
import org.neurotheory.attention.data.TokenMoments;
import org.neurotheory.attention.model.CubicFeatureMlp;
import org.neurotheory.attention.model.EndToEndObjective;
import org.neurotheory.attention.model.KeyQueryInit;
import org.neurotheory.attention.model.MergedAttention;
import org.neurotheory.attention.model.ReducedSeparateAttention;
import org.neurotheory.attention.theory.PopulationMoments;
import org.neurotheory.attention.theory.SaddlePoints;
import org.neurotheory.attention.theory.WhiteTimeCourse;
import org.neurotheory.core.data.InContextRegression;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.core.random.Seeds;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page names (never through the figure class; only its
 * {@code Params} presets and seed derivation are reused), compared with what the figure reports.
 * Called by {@link AttentionFiguresTest} on the figure data it computes anyway (fig4 is checked
 * there). Same arithmetic in the same order, so the comparisons are exact.
 */
final class AttentionPublicCalls {
    private AttentionPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof Fig1MergedAttention) {
            fig1(data, seed);
        } else if (figure instanceof Fig1WhiteTimeCourse) {
            fig1white(data, seed);
        } else if (figure instanceof Fig3SeparateAttention) {
            fig3(data, seed);
        } else if (figure instanceof Fig12RankSweep) {
            fig12(data, seed);
        } else if (figure instanceof FigIclInContextVsInWeight) {
            figicl(data, seed);
        }
    }

    /** fig1 b: the level the ATTN_M loss settles at, L(M_*) of Eq. 19, for the figure's code covariance. */
    private static void fig1(FigureData data, long seed) {
        Fig1Params p = Fig1Params.quick();
        DMatrixRMaj lambda = CodeCovariance.spectral(p.dimension(), Seeds.stream(Seeds.derive(seed, 1)));
        double lStar = new SaddlePoints(lambda, p.contextLength()).loss(p.dimension());
        assertEquals(data.panel("b").series("L(M_*) Eq. 19").y()[0], lStar, 0.0, "fig1 L(M_*)");
    }

    /** fig1white: the Eq. (10) loss time course from the MLP's initial weights. */
    private static void fig1white(FigureData data, long seed) {
        Fig1Params p = Fig1Params.whiteQuick();
        int d = p.dimension();
        CubicFeatureMlp mlp = new CubicFeatureMlp(d, p.heads());
        double[] theta0 = mlp.initialise(p.init(), Seeds.stream(Seeds.derive(seed, 2)));
        double[][] w1 = new double[p.heads()][d * d];
        for (int h = 0; h < p.heads(); h++) {
            for (int f = 0; f < d * d; f++) {
                w1[h][f] = theta0[mlp.firstLayerIndex(h, f)];
            }
        }
        WhiteTimeCourse tc = new WhiteTimeCourse(d, p.contextLength(), 1.0 / d, p.learningRate(),
                WhiteTimeCourse.initialMode(w1, mlp.valueWeights(theta0)));
        Series theory = data.panel("loss").series("Eq. (10)");
        for (int i = 0; i < theory.size(); i++) {
            assertEquals(theory.y()[i], tc.loss(theory.x()[i]), 0.0, "fig1white Eq. (10) at step " + theory.x()[i]);
        }
    }

    /** fig3 a: the population loss curve of seed 0 (rank-one ATTN_S, uniform key-query init). */
    private static void fig3(FigureData data, long seed) {
        Fig3SeparateAttention.Params p = Fig3SeparateAttention.Params.quick();
        DMatrixRMaj lambda = CodeCovariance.spectral(p.dimension(), Seeds.stream(Seeds.derive(seed, 10, 0)));
        ReducedSeparateAttention model = new ReducedSeparateAttention(p.dimension(), p.heads(), 1);
        double[] theta0 = model.initialise(p.init(), KeyQueryInit.UNIFORM, Seeds.stream(Seeds.derive(seed, 11, 0)));
        double[] loss = new GradientDescent(p.learningRate()).run(new EndToEndObjective(model,
                new PopulationMoments(lambda, p.contextLength()).cubicLoss()), theta0, p.steps()).losses();
        assertArrayEquals(data.panel("a").series("population seed 0").y(), Curves.thin(loss, 10), 0.0, "fig3 loss");
    }

    /** fig12: the plateau lengths at each saddle for R = 3, as fig4's are checked for R = 1. */
    private static void fig12(FigureData data, long seed) {
        RankSweep.Params p = RankSweep.Params.figure12();
        DMatrixRMaj lambda = CodeCovariance.spectral(p.dimension(), Seeds.stream(Seeds.derive(seed, 1)));
        ReducedSeparateAttention model = new ReducedSeparateAttention(p.dimension(), p.heads(), 3);
        double[] theta0 = model.initialise(p.init(), KeyQueryInit.SCALED_KEY_QUERY, Seeds.stream(Seeds.derive(seed, 2, 3)));
        double[] l = new GradientDescent(p.learningRate()).run(new EndToEndObjective(model,
                new PopulationMoments(lambda, p.contextLength()).cubicLoss()), theta0, p.steps()).losses();
        assertArrayEquals((int[]) data.parameters().get("dwell steps R=3"), new SaddlePoints(lambda, p.contextLength()).dwellSteps(l));
    }

    /** figicl a: the initial test errors on in-weight and in-context prompts (first fraction's initial weights). */
    private static void figicl(FigureData data, long seed) {
        FigIclInContextVsInWeight.Params p = FigIclInContextVsInWeight.Params.quick();
        int d = p.dimension();
        TaskMixture mixture = TaskMixture.draw(new InContextRegression(d, p.contextLength(), CodeCovariance.white(d)),
                Seeds.stream(Seeds.derive(seed, 1)));
        MergedAttention model = new MergedAttention(d, p.heads(), false);
        SplittableRandom iwRng = Seeds.stream(Seeds.derive(seed, 2));
        SplittableRandom icRng = Seeds.stream(Seeds.derive(seed, 3));
        EndToEndObjective iw = new EndToEndObjective(model, TokenMoments.full(mixture.sample(p.testPrompts(), 0.0, iwRng)));
        EndToEndObjective ic = new EndToEndObjective(model, TokenMoments.full(mixture.sample(p.testPrompts(), 1.0, icRng)));
        double[] theta0 = model.initialise(p.init(), Seeds.stream(Seeds.derive(seed, 5, 0)));
        var panel = data.panels().get(0);
        assertEquals(panel.series("test IW").y()[0], iw.value(theta0), 0.0, "figicl initial test IW");
        assertEquals(panel.series("test IC").y()[0], ic.value(theta0), 0.0, "figicl initial test IC");
    }
}
