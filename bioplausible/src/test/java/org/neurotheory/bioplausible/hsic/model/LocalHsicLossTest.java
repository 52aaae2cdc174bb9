package org.neurotheory.bioplausible.hsic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The local loss (E1) through the whole layer pipeline: finite-difference gradients for
 * {cosine, Gaussian(sigma = 1.5)} x {mode none, grouping (c = 4, q = 0.8, delta = 1) + centring} on random
 * z (7 x 16) with 3-class labels, and the invariances of the paper's kernels. Tolerance 1e-5
 * relative (double precision, central differences with step 1e-6: truncation ~1e-12, round-off
 * ~1e-10).
 */
class LocalHsicLossTest {
    private static final int[] LABELS = {0, 1, 2, 0, 1, 2, 0};
    private static final Grouping GROUPING = new Grouping(4, 0.8, 1.0);

    private static List<LocalHsicLoss> fourCombinations() {
        BottleneckObjective objective = BottleneckObjective.paper();
        return List.of(
                LocalHsicLoss.ungrouped(new CosineKernel(), objective),
                LocalHsicLoss.ungrouped(new GaussianKernel(1.5), objective),
                LocalHsicLoss.grouped(new CosineKernel(), GROUPING, objective),
                LocalHsicLoss.grouped(new GaussianKernel(1.5), GROUPING, objective));
    }

    @Test
    void gradientMatchesFiniteDifferencesForAllFourCombinations() {
        INDArray ky = LabelKernel.matrix(LABELS, 3, DataType.DOUBLE);
        INDArray z = Fd.random(21, 7, 16);
        for (LocalHsicLoss loss : fourCombinations()) {
            INDArray analytic = loss.evaluate(z, ky).dLdz();
            INDArray numeric = Fd.gradient(z, x -> loss.evaluate(x, ky).loss());
            Fd.assertMatches(analytic, numeric, 1e-5, loss.toString());
        }
    }

    @Test
    void groupingBackwardMatchesFiniteDifferences() {
        INDArray z = Fd.random(22, 5, 12);
        INDArray w = Fd.random(23, 5, 3);
        Grouping grouping = new Grouping(3, 0.5, 0.3);
        INDArray analytic = grouping.backward(grouping.forward(z), w);
        INDArray numeric = Fd.gradient(z, x -> grouping.forward(x).g().mul(w).sumNumber().doubleValue());
        Fd.assertMatches(analytic, numeric, 1e-6, "grouping");
    }

    @Test
    void divisiveNormalisationBackwardMatchesFiniteDifferences() {
        INDArray z = Fd.random(24, 5, 12);
        INDArray w = Fd.random(25, 5, 12);
        DivisiveNormalisation dn = new DivisiveNormalisation(3, 0.2, 1.0);
        INDArray analytic = dn.backward(dn.forward(z), w);
        INDArray numeric = Fd.gradient(z, x -> dn.forward(x).r().mul(w).sumNumber().doubleValue());
        Fd.assertMatches(analytic, numeric, 1e-6, "divisive normalisation");
    }

    /** Invariances (1e-10): cossim h_i . dL/dh_i = 0; Gaussian sum_i dL/dh_i = 0; centred gradient sums to 0 per sample. */
    @Test
    void invariancesOfThePaperKernels() {
        INDArray ky = LabelKernel.matrix(LABELS, 3, DataType.DOUBLE);
        INDArray h = Fd.random(26, 7, 5);
        BottleneckObjective objective = BottleneckObjective.paper();
        CosineKernel cos = new CosineKernel();
        INDArray kc = cos.matrix(h);
        INDArray dCos = cos.backward(h, kc, objective.evaluate(kc, ky).dLdK());
        INDArray radial = dCos.mul(h).sum(1);
        assertTrue(radial.amaxNumber().doubleValue() < 1e-10, "cossim radial gradient " + radial);

        GaussianKernel gauss = new GaussianKernel(1.5);
        INDArray kg = gauss.matrix(h);
        INDArray dGauss = gauss.backward(h, kg, objective.evaluate(kg, ky).dLdK());
        assertTrue(dGauss.sum(0).amaxNumber().doubleValue() < 1e-10, "Gaussian translation gradient");

        INDArray centredGradient = Centring.apply(dGauss);
        assertTrue(centredGradient.sum(1).amaxNumber().doubleValue() < 1e-10, "centring gradient per sample");
    }

    @Test
    void divisiveNormalisationGroupsHaveZeroMeanAndClosedFormNorm() {
        INDArray z = Fd.random(27, 4, 12);
        INDArray r = new DivisiveNormalisation(3, 0.5, 0.0).forward(z).r();
        for (int i = 0; i < 4; i++) {
            for (int g = 0; g < 3; g++) {
                INDArray block = r.get(NDArrayIndex.point(i),
                        NDArrayIndex.interval(4 * g, 4 * g + 4));
                assertEquals(0.0, block.sumNumber().doubleValue(), 1e-10, "group mean");
                assertEquals(1.0, block.mul(block).meanNumber().doubleValue(), 1e-10, "mean square, p = 0.5, delta = 0");
            }
        }
    }

    @Test
    void float32PathAgreesWithDoublePath() {
        INDArray ky = LabelKernel.matrix(LABELS, 3, DataType.DOUBLE);
        INDArray z = Fd.random(28, 7, 16);
        for (LocalHsicLoss loss : fourCombinations()) {
            LocalHsicLoss.Result d = loss.evaluate(z, ky);
            LocalHsicLoss.Result f = loss.evaluate(z.castTo(DataType.FLOAT), ky.castTo(DataType.FLOAT));
            assertEquals(DataType.FLOAT, f.dLdz().dataType());
            // float32 rounding of O(1) kernel entries (~6e-8) amplified by the cancellations in (E1)
            assertEquals(d.loss(), f.loss(), 1e-5 * Math.max(1, Math.abs(d.loss())), loss.toString());
            assertTrue(Fd.relativeError(f.dLdz().castTo(DataType.DOUBLE), d.dLdz()) < 1e-4, loss.toString());
        }
    }

    @Test
    void evaluateReportsBothDependences() {
        INDArray ky = LabelKernel.matrix(LABELS, 3, DataType.DOUBLE);
        LocalHsicLoss.Result r = fourCombinations().get(0).evaluate(Fd.random(29, 7, 16), ky);
        assertEquals(HsicEstimators.plausible(r.kernelMatrix(), r.kernelMatrix()), r.selfDependence(), 1e-12);
        assertEquals(HsicEstimators.plausible(ky, r.kernelMatrix()), r.labelDependence(), 1e-12);
        assertEquals(r.selfDependence() - 2.0 * r.labelDependence(), r.loss(), 1e-12);
    }
}
