package org.neurotheory.bioplausible.hsic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.LearningRateSchedule;
import org.neurotheory.core.nn.LocalLearning;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The order of operations of Sec. 2.9 as this module uses it: a hidden layer's update is exactly
 * one SGD step on its own objective (E1) at the weights before the step (no gradient from the
 * readout or from other layers); frozen hidden layers keep their initialisation; the schedule
 * multiplies rates by 0.25 at the milestones (double precision, no dropout).
 */
class LayerwiseOrderTest {
    private static Batch batch(int m, int inputs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[m][inputs];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            y[i] = i % 3;
            for (int j = 0; j < inputs; j++) {
                x[i][j] = r.nextGaussian();
            }
        }
        return Batch.of(Nd4j.create(x), y);
    }

    @Test
    void hiddenUpdateIsOneStepOnItsOwnObjectiveAtTheOldWeights() {
        Mlp mlp = new Mlp(6, 8, 2, 3, 0.01, 0.0);
        Sequential net = mlp.build(null, 5).castTo(DataType.DOUBLE);
        LocalHsicLoss loss = LocalHsicLoss.grouped(new GaussianKernel(1.5), new Grouping(4, 0.5, 1.0), BottleneckObjective.paper());
        PhsicObjective[] objectives = {new PhsicObjective(loss, 3), new PhsicObjective(loss, 3)};
        double lr = 0.3;
        double decay = 1e-3;
        LocalLearning learning = mlp.layerwise(net, objectives, () -> new Sgd(lr, 0.95, decay), new Sgd(0.1, 0.95, 0));
        Batch b = batch(9, 6, 1);
        Dense d1 = (Dense) net.layer(0);
        Dense d2 = (Dense) net.layer(3);
        INDArray w1 = d1.weight().value().dup();
        INDArray w2 = d2.weight().value().dup();
        // expected: gradients of (E1) at the old weights; layer 2 sees layer 1's output at the old weights
        INDArray u1 = b.input().mmul(w1);
        INDArray z1 = Transforms.leakyRelu(u1, 0.01, true);
        INDArray g1 = gradient(loss, b, u1, z1, b.input());
        INDArray u2 = z1.mmul(w2);
        INDArray z2 = Transforms.leakyRelu(u2, 0.01, true);
        INDArray g2 = gradient(loss, b, u2, z2, z1);
        learning.step(b, 1.0);
        // first SGD step with momentum: b = g + decay w, w <- w - lr b
        INDArray e1 = w1.sub(g1.add(w1.mul(decay)).muli(lr));
        INDArray e2 = w2.sub(g2.add(w2.mul(decay)).muli(lr));
        assertTrue(e1.sub(d1.weight().value()).amaxNumber().doubleValue() < 1e-12, "layer 1");
        assertTrue(e2.sub(d2.weight().value()).amaxNumber().doubleValue() < 1e-12, "layer 2");
    }

    /** dL/dW = x^T (dL/dz o phi'(u)), W stored [in, out]. */
    private static INDArray gradient(LocalHsicLoss loss, Batch b, INDArray u, INDArray z, INDArray x) {
        INDArray dz = loss.evaluate(z, LabelKernel.matrix(b.labels(), 3, DataType.DOUBLE)).dLdz();
        INDArray gain = u.gt(0.0).castTo(DataType.DOUBLE).muli(0.99).addi(0.01);
        return x.transpose().mmul(dz.mul(gain));
    }

    @Test
    void frozenHiddenLayersKeepTheirInitialisation() {
        Mlp mlp = new Mlp(6, 8, 2, 3, 0.01, 0.0);
        Sequential net = mlp.build(new DivisiveNormalisation(4, 0.2, 1.0), 5).castTo(DataType.DOUBLE);
        LocalLearning learning = mlp.layerwise(net, null, null, new Sgd(0.1, 0.95, 1e-6));
        INDArray w1 = ((Dense) net.layer(0)).weight().value().dup();
        INDArray readout = ((Dense) net.layer(net.size() - 1)).weight().value().dup();
        for (int s = 0; s < 3; s++) {
            learning.step(batch(9, 6, s), 1.0);
        }
        assertEquals(w1, ((Dense) net.layer(0)).weight().value());
        assertTrue(readout.sub(((Dense) net.layer(net.size() - 1)).weight().value()).amaxNumber().doubleValue() > 0,
                "the readout learns");
    }

    @Test
    void milestoneScheduleOfThePaper() {
        LearningRateSchedule s = LearningRateSchedule.milestones(0.25, 50, 75, 90);
        assertEquals(1.0, s.factor(49), 0.0); // epoch 50 (1-based)
        assertEquals(0.25, s.factor(50), 0.0); // epoch 51
        assertEquals(1.0 / 64, s.factor(99), 0.0); // epoch 100
    }
}
