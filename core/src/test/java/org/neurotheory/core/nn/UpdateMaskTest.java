package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The update mask of {@link Parameter}: a backward set B separate from the forward set A (Top-KAST's
 * straight-through gradient on B, EfficientPackNet's frozen weights), checked against finite
 * differences in double precision.
 */
class UpdateMaskTest {

    /**
     * Forward mask A, update mask B (B contains masked-out entries and excludes some forward
     * entries). Expected dL/dpsi_i = B_i f'(psi_i) dL/dw_i with dL/dw_i the central difference of the
     * loss in the effective weight w_i (taken on a plain twin network holding the masked effective
     * weights, so entries outside A are differentiated at w_i = 0).
     */
    @Test
    void gradientIsTheStraightThroughGradientOnTheUpdateSet() {
        double alpha = 2;
        Dense d = new Dense(5, 4);
        Sequential net = Sequential.of(d, new Relu(), new Dense(4, 3)).initialised(21).castTo(DataType.DOUBLE);
        INDArray forward = Nd4j.ones(DataType.DOUBLE, 5, 4);
        INDArray update = Nd4j.ones(DataType.DOUBLE, 5, 4);
        forward.putScalar(0, 0, 0); // outside A, inside B: straight-through gradient
        forward.putScalar(3, 2, 0); // outside A, inside B
        forward.putScalar(4, 1, 0); // outside A and B: no gradient
        update.putScalar(4, 1, 0);
        update.putScalar(1, 3, 0); // inside A, outside B: used forward, frozen
        d.weight().reparameterise(new PowerReparameterisation(alpha)).setMask(forward).setUpdateMask(update);
        Batch b = NnFixtures.randomBatch(22, 6, 3, 5);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        INDArray out = net.forward(b.input(), true);
        INDArray g = Nd4j.create(DataType.DOUBLE, out.shape());
        loss.evaluate(out, b, g);
        net.backward(g, false);
        net.finishGradients();
        INDArray analytic = d.weight().gradient().dup();

        Dense twin1 = new Dense(5, 4);
        Dense twin2 = new Dense(4, 3);
        Sequential twin = Sequential.of(twin1, new Relu(), twin2).initialised(0).castTo(DataType.DOUBLE);
        twin1.weight().set(d.weight().effective());
        twin1.bias().set(d.bias().value());
        twin2.weight().set(((Dense) net.layer(2)).weight().value());
        twin2.bias().set(((Dense) net.layer(2)).bias().value());
        double h = 1e-6;
        double worst = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 4; j++) {
                INDArray w = twin1.weight().value();
                double w0 = w.getDouble(i, j);
                w.putScalar(i, j, w0 + h);
                twin1.weight().markUpdated();
                double up = loss.evaluate(twin.forward(b.input(), false), b, Nd4j.create(DataType.DOUBLE, out.shape()));
                w.putScalar(i, j, w0 - h);
                twin1.weight().markUpdated();
                double down = loss.evaluate(twin.forward(b.input(), false), b, Nd4j.create(DataType.DOUBLE, out.shape()));
                w.putScalar(i, j, w0);
                twin1.weight().markUpdated();
                double psi = d.weight().value().getDouble(i, j);
                double expected = update.getDouble(i, j) * alpha * Math.abs(psi) * (up - down) / (2 * h);
                double got = analytic.getDouble(i, j);
                if (update.getDouble(i, j) == 0) {
                    assertEquals(0.0, Math.abs(got), "frozen entry (" + i + "," + j + ") must get exactly zero gradient");
                } else {
                    worst = Math.max(worst, Math.abs(got - expected) / Math.max(1e-3, Math.abs(expected)));
                }
            }
        }
        // central differences in double with h = 1e-6: truncation ~h^2, rounding ~1e-16/h, both far below 1e-6
        assertEquals(0, worst, 1e-6);
        assertNotEquals(0.0, analytic.getDouble(0, 0), "a masked-out entry in B must get its straight-through gradient");
        assertEquals(0.0, Math.abs(d.weight().effective().getDouble(0, 0)), "a masked-out entry stays zero in the forward pass");
    }

    /** With weight decay and momentum, SGD and Adam leave entries outside the update mask bit-identical. */
    @Test
    void optimisersLeaveFrozenEntriesUntouched() {
        for (Optimizer opt : List.of(new Sgd(0.1, 0.9, 0.01), new Sgd(0.1, 0, 0.01), new Sgd(0.1), new Adam(0.01, 0.9, 0.999, 1e-8, 0.01, false),
                Adam.adamW(0.01, 0.01))) {
            Dense d = new Dense(5, 4);
            Sequential net = Sequential.of(d, new Relu(), new Dense(4, 3)).initialised(23);
            d.weight().reparameterise(new PowerReparameterisation(3));
            INDArray update = Nd4j.ones(DataType.FLOAT, 5, 4);
            update.putScalar(2, 2, 0);
            update.putScalar(0, 3, 0);
            d.weight().setUpdateMask(update);
            INDArray before = d.weight().value().dup();
            Trainer t = new Trainer(net, new SoftmaxCrossEntropy(), opt, TrainingConfig.of(1, 6, 1));
            for (int s = 0; s < 20; s++) {
                Batch b = NnFixtures.randomBatch(24 + s, 6, 3, 5);
                t.step(new Batch(b.input().castTo(DataType.FLOAT), b.labels(), null), 0.1);
            }
            INDArray after = d.weight().value();
            assertEquals(before.getFloat(2, 2), after.getFloat(2, 2), 0.0, opt + ": frozen entry moved");
            assertEquals(before.getFloat(0, 3), after.getFloat(0, 3), 0.0, opt + ": frozen entry moved");
            assertNotEquals(before.getFloat(1, 1), after.getFloat(1, 1), opt + ": a trained entry did not move");
        }
    }

    @Test
    void badUpdateMasksAreRejectedWithTheirName() {
        Dense d = new Dense(3, 2);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> d.weight().setUpdateMask(Nd4j.ones(DataType.FLOAT, 2, 3)));
        assertEquals(true, shape.getMessage().contains("updateMask shape"), shape.getMessage());
        INDArray half = Nd4j.ones(DataType.FLOAT, 3, 2).muli(0.5);
        IllegalArgumentException values = assertThrows(IllegalArgumentException.class, () -> d.weight().setUpdateMask(half));
        assertEquals(true, values.getMessage().contains("updateMask"), values.getMessage());
    }
}
