package org.neurotheory.sparsity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;

/**
 * Top-KAST training on a Powerprop MLP (check 12, Top-KAST): |A| = int(D n) per
 * layer (twice the fraction in the output layer), A inside B, weights outside B bit-identical after
 * training steps, weights in B \ A (zero in the forward pass) do move (straight-through gradient),
 * and the regulariser's gradient equals the derivative of lambda (sum_A w^2 + (1/D) sum_(B\A) w^2).
 */
class TopKastTrainingTest {

    @Test
    void setsGradientsAndFrozenWeights() {
        Sequential net = PowerpropMlp.build(new int[] {12, 8, 4}, 2, 3);
        List<Dense> layers = PowerpropMlp.denseLayers(net);
        TopKastTraining tk = new TopKastTraining(new TopKast(0.25, 0.5, 1e-3, 10), layers, new Sgd(0.1));
        tk.refresh();
        INDArray a0 = layers.get(0).weight().mask().dup();
        INDArray b0 = layers.get(0).weight().updateMask().dup();
        assertEquals(MagnitudeRanking.count(0.25, 96), a0.sumNumber().intValue());
        assertEquals(MagnitudeRanking.count(0.5, 96), b0.sumNumber().intValue());
        assertEquals(MagnitudeRanking.count(0.5, 32), layers.get(1).weight().mask().sumNumber().intValue(), "output keeps 2D");
        assertEquals(0.0, a0.mul(b0.rsub(1.0)).sumNumber().doubleValue(), "A must lie inside B");
        INDArray before = layers.get(0).weight().value().dup();
        Trainer t = new Trainer(net, new SoftmaxCrossEntropy(), tk, TrainingConfig.of(1, 5, 1));
        SplittableRandom rng = new SplittableRandom(4);
        for (int s = 0; s < 5; s++) {
            int[] labels = new int[5];
            for (int i = 0; i < 5; i++) {
                labels[i] = rng.nextInt(4);
            }
            t.step(Batch.of(Nd4j.rand(DataType.FLOAT, 5, 12), labels), 0.1);
        }
        INDArray after = layers.get(0).weight().value();
        int movedInBOnly = 0;
        for (int i = 0; i < 96; i++) {
            double b = b0.getDouble(i / 8, i % 8);
            double a = a0.getDouble(i / 8, i % 8);
            double w0 = before.getDouble(i / 8, i % 8);
            double w1 = after.getDouble(i / 8, i % 8);
            if (b == 0) {
                assertEquals(w0, w1, 0.0, "weight " + i + " outside B moved");
            } else if (a == 0 && w0 != w1) {
                movedInBOnly++;
            }
        }
        assertTrue(movedInBOnly > 0, "weights in B \\ A must train through the straight-through gradient");
    }

    /** With a zero loss gradient, one step changes psi by -lr * d/dpsi of the regulariser (alpha = 2: 2 lambda c alpha psi^3). */
    @Test
    void regulariserGradientIsTheDerivativeOfThePenalty() {
        Sequential net = PowerpropMlp.build(new int[] {6, 3}, 2, 5);
        Dense d = PowerpropMlp.denseLayers(net).get(0);
        double lambda = 0.01;
        double density = 0.5;
        TopKastTraining tk = new TopKastTraining(new TopKast(density, 0.75, lambda, 10), List.of(d), new Sgd(1.0));
        tk.refresh();
        INDArray psi = d.weight().value().dup();
        d.weight().gradient().assign(0);
        d.bias().gradient().assign(0);
        tk.step(net.trainableParameters(), 1.0);
        INDArray a = d.weight().mask();
        INDArray b = d.weight().updateMask();
        // the output layer keeps min(1, 2D) = 1 forward, so B = A here: check on A with c = 1
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 3; j++) {
                double x = psi.getDouble(i, j);
                double c = a.getDouble(i, j) != 0 ? 1 : b.getDouble(i, j) != 0 ? 1 / density : 0;
                // d/dpsi lambda c w^2 with w = psi |psi| : 2 lambda c w * 2 |psi| = 4 lambda c psi^3
                double expected = x - 4 * lambda * c * x * x * x;
                assertEquals(expected, d.weight().value().getDouble(i, j), 1e-6 * Math.max(1, Math.abs(x)));
            }
        }
    }
}
