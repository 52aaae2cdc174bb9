package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.StandardDataset;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.data.TwoViewImages;
import org.neurotheory.multimodal.data.ViewCorruption;
import org.neurotheory.multimodal.theory.DeepFusionTheory;
import org.neurotheory.multimodal.theory.SuperficialPreference;
import org.neurotheory.multimodal.theory.UnimodalPhaseTheory;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page names (never through the figure class; only its
 * {@code Params.quick()} settings and seed derivation are reused), compared with what the figure
 * reports. Called by {@link MultimodalFiguresTest} on the figure data it computes anyway (figb and
 * figf are checked there). Same arithmetic in the same order, so the comparisons are exact.
 */
final class MultimodalPublicCalls {
    private MultimodalPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof FigCTimeRatio) {
            figc(data);
        } else if (figure instanceof FigDSuperficialPreference) {
            figd(data);
        } else if (figure instanceof FigEDeepFusion) {
            fige(data);
        } else if (figure instanceof FigGTwoViewImages) {
            figg(data, seed);
        }
    }

    /** figc (i), (iii): the time ratio of Eq. 6 and the misattribution rho / r over the (rho, sigma_A / sigma_B) grid. */
    private static void figc(FigureData data) {
        Series ratio = data.panel("(i) time ratio").series("t_B/t_A");
        Series mis = data.panel("(iii) misattribution").series("rho/r");
        for (int k = 0; k < ratio.size(); k++) {
            assertEquals(ratio.z()[k], UnimodalPhaseTheory.toyTimeRatio(ratio.y()[k], ratio.x()[k]), 0.0,
                    "figc t_B/t_A at rho = " + ratio.x()[k] + ", r = " + ratio.y()[k]);
            assertEquals(mis.z()[k], UnimodalPhaseTheory.toyMisattribution(mis.y()[k], mis.x()[k]), 0.0,
                    "figc rho/r at rho = " + mis.x()[k] + ", r = " + mis.y()[k]);
        }
    }

    /** figd: the prioritisation boundary (i) and the plateau levels L(M_A)/L(0), L(M_B)/L(0) (ii). */
    private static void figd(FigureData data) {
        FigDSuperficialPreference.Params p = FigDSuperficialPreference.Params.quick();
        Series prio = data.panel("(i) superficial preference").series("prioritisation 1/x^2");
        for (int i = 0; i < prio.size(); i++) {
            assertEquals(prio.y()[i], SuperficialPreference.prioritisationBoundary(prio.x()[i]), 0.0, "figd boundary");
        }
        UnimodalPhaseTheory theory = new UnimodalPhaseTheory(
                FusionDatasets.toyWithTarget(p.ratio(), 0.3 * p.c(), 0.8 * p.c()).populationMoments(), 1);
        var loss = data.panel("(ii) loss curves");
        assertEquals(loss.series("L(M_A)/L(0)").y()[0], theory.lossAtUnimodal(0) / theory.lossAtOrigin(), 0.0, "figd L(M_A)/L(0)");
        assertEquals(loss.series("L(M_B)/L(0)").y()[0], theory.lossAtUnimodal(1) / theory.lossAtOrigin(), 0.0, "figd L(M_B)/L(0)");
    }

    /** fige (ii): the deep-fusion time ratio against rho for every fusion layer (r = 2, u_0 = 0.1, depth 4). */
    private static void fige(FigureData data) {
        int depth = (int) data.parameters().get("depth");
        for (int lf = 1; lf <= depth; lf++) {
            Series theory = data.panel("(ii) time ratio vs rho").series("theory L_f=" + lf);
            for (int i = 0; i < theory.size(); i++) {
                assertEquals(theory.y()[i], new DeepFusionTheory(depth, lf, 2, theory.x()[i], 0.1).timeRatio(), 0.0,
                        "fige theory at L_f = " + lf + ", rho = " + theory.x()[i]);
            }
        }
    }

    /** figg: |Sigma_yx,A| / |Sigma_yx,B| of the corrupted views the networks see (the figure's r). */
    private static void figg(FigureData data, long seed) {
        FigGTwoViewImages.Params p = FigGTwoViewImages.Params.quick();
        Path dir = DatasetCatalog.standard().locate(StandardDataset.FASHION_MNIST);
        TwoViewImages train = p.protocol().load(dir)[0];
        ViewCorruption corruption = p.protocol().corruption();
        float[] viewA = new float[train.pixels().length];
        float[] viewB = new float[train.pixels().length];
        double[][] sigmaA = new double[TwoViewImages.CLASSES][train.dim()];
        double[][] sigmaB = new double[TwoViewImages.CLASSES][train.dim()];
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 99));
        for (int k = 0; k < p.draws(); k++) {
            corruption.views(train.pixels(), 0, train.size(), train.dim(), rng, viewA, viewB);
            train.addCrossCovariance(viewA, sigmaA);
            train.addCrossCovariance(viewB, sigmaB);
        }
        assertEquals((double) data.parameters().get("correlationRatio"), frobenius(sigmaA) / frobenius(sigmaB), 0.0,
                "figg correlation ratio");
    }

    private static double frobenius(double[][] m) {
        double s = 0;
        for (double[] row : m) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }
}
