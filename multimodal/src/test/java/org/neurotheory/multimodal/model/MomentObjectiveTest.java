package org.neurotheory.multimodal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neurotheory.core.testing.Assertions.assertClose;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.data.TwoModalityData;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.data.TrainingSet;

/**
 * The moment objective is exactly the sample objective for linear networks (they see the data only
 * through its second moments, so the moments can stand in for the P samples), for every
 * fusion depth; and the sample gradient is the finite-difference gradient of the sample loss.
 */
class MomentObjectiveTest {
    private static final TwoModalityData POP = new TwoModalityData(2,
            new DMatrixRMaj(new double[][] {{2, 0.3, 0.2}, {0.3, 1, -0.1}, {0.2, -0.1, 1.5}}),
            new double[] {1, -0.5, 0.7}, 0.3);

    @Test
    void momentsEqualSamplesForLinearNetworks() {
        TrainingSet set = TrainingSet.draw(POP, 64, 3);
        for (int lf = 1; lf <= 4; lf++) {
            FusionNetwork net = new FusionNetwork(new FusionArchitecture(2, 1, 5, 4, lf, 1));
            double[] theta = net.initialise(InitScheme.PER_ENTRY, 0.5, 7);
            double[] d1 = new double[net.size()];
            double[] d2 = new double[net.size()];
            double[] t1 = new double[3];
            double[] t2 = new double[3];
            double l1 = new MomentObjective(net, set.moments()).evaluate(theta, d1, t1);
            double l2 = new SampleObjective(net, set.inputs(), set.targets()).evaluate(theta, d2, t2);
            // same sums in a different order: round-off only
            assertEquals(l2, l1, 1e-12 * Math.max(1, Math.abs(l2)), "loss, L_f = " + lf);
            assertClose(d2, d1, 1e-12, 1e-9, "descent direction, L_f = " + lf);
            assertClose(t2, t1, 1e-14, 1e-12, "totals, L_f = " + lf);
        }
    }

    @Test
    void sampleGradientIsFiniteDifferenceForRelu() {
        TrainingSet set = TrainingSet.draw(POP, 16, 4);
        for (int lf = 1; lf <= 3; lf++) {
            FusionNetwork net = new FusionNetwork(new FusionArchitecture(2, 1, 4, 3, lf, 0.1));
            SampleObjective obj = new SampleObjective(net, set.inputs(), set.targets());
            double[] theta = net.initialise(InitScheme.PER_ENTRY, 0.7, 11);
            double[] dir = new double[net.size()];
            obj.evaluate(theta, dir, new double[3]);
            double h = 1e-6;
            for (int k = 0; k < net.size(); k++) {
                double[] p = theta.clone();
                double[] m = theta.clone();
                p[k] += h;
                m[k] -= h;
                double fd = -(obj.loss(p) - obj.loss(m)) / (2 * h);
                // central difference: O(h^2) truncation (kinks are not hit at this seed), O(eps/h) round-off
                assertEquals(fd, dir[k], 1e-6, "parameter " + k + ", L_f = " + lf);
            }
        }
    }

    @Test
    void totalsMatchExplicitProductForTwoLayerLateFusion() {
        FusionNetwork net = new FusionNetwork(FusionArchitecture.late(1, 1, 3, 1));
        double[] theta = net.initialise(InitScheme.PER_ENTRY, 1, 5);
        // layout A1 (3x1), B1 (3x1), A2 (1x3), B2 (1x3)
        double wa = 0;
        double wb = 0;
        for (int i = 0; i < 3; i++) {
            wa += theta[6 + i] * theta[i];
            wb += theta[9 + i] * theta[3 + i];
        }
        assertClose(new double[] {wa, wb}, net.totalWeights(theta), 1e-15, 1e-13, "W^tot");
    }

    @Test
    void badInputs() {
        FusionNetwork relu = new FusionNetwork(FusionArchitecture.late(1, 1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new MomentObjective(relu, FusionDatasets.toy(2, 0).populationMoments()));
        FusionNetwork lin = new FusionNetwork(FusionArchitecture.late(2, 1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new MomentObjective(lin, FusionDatasets.toy(2, 0).populationMoments()));
        TrainingSet set = TrainingSet.draw(FusionDatasets.toy(2, 0), 8, 1);
        assertThrows(IllegalArgumentException.class, () -> new SampleObjective(lin, set.inputs(), set.targets()));
    }
}
