package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Bad input to the training code names the parameter (or layer), the value and what is allowed. */
class NnBadInputTest {
    @Test
    void shapeMismatchNamesTheLayerAndBothShapes() {
        Sequential net = Sequential.of(new Dense("fc1", 784, 300), new Relu(), new Dense("fc2", 200, 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.forward(Nd4j.zeros(DataType.FLOAT, 2, 784), true));
        assertTrue(e.getMessage().contains("fc2") && e.getMessage().contains("200") && e.getMessage().contains("[300]"), e.getMessage());
        ConvGeometry g = new ConvGeometry(1, 28, 28, 3, 1, 1);
        Sequential cnn = Sequential.of(new Conv2d("conv1", g, 8));
        e = assertThrows(IllegalArgumentException.class, () -> cnn.forward(Nd4j.zeros(DataType.FLOAT, 2, 3, 28, 28), true));
        assertTrue(e.getMessage().contains("conv1") && e.getMessage().contains("[1, 28, 28]") && e.getMessage().contains("[3, 28, 28]"),
                e.getMessage());
    }

    @Test
    void nonFiniteLossNamesTheStepAndTheLayer() {
        Dense fc1 = new Dense("fc1", 4, 3);
        Dense fc2 = new Dense("fc2", 3, 2);
        Sequential net = Sequential.of(fc1, new Relu(), fc2).initialised(1);
        Trainer t = new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(1, 2, 1));
        Batch b = Batch.of(Nd4j.ones(DataType.FLOAT, 2, 4), new int[] {0, 1});
        t.step(b, 0.1);
        fc2.weight().value().putScalar(1, 1, Double.NaN);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> t.step(b, 0.1));
        assertEquals(1, e.step());
        assertTrue(e.layer().startsWith("fc2"), e.getMessage());
    }

    @Test
    void badLabelsBatchesAndRatesAreRejectedByName() {
        INDArray out = Nd4j.zeros(DataType.FLOAT, 2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxCrossEntropy().evaluate(out, Batch.of(Nd4j.zeros(DataType.FLOAT, 2, 4), new int[] {0, 3}), out.ulike()));
        assertTrue(e.getMessage().startsWith("labels[1] = 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Batch.of(Nd4j.zeros(DataType.FLOAT, 0, 4), new int[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Sgd(0));
        assertTrue(e.getMessage().startsWith("learningRate = 0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Adam(-1e-3));
        assertTrue(e.getMessage().startsWith("learningRate = -0.001"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.of(1, 0, 1));
        assertTrue(e.getMessage().startsWith("batchSize = 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0));
        assertTrue(e.getMessage().startsWith("p = 1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PowerReparameterisation(0.5));
        assertTrue(e.getMessage().startsWith("alpha = 0.5"), e.getMessage());
        Dense d = new Dense(3, 2);
        e = assertThrows(IllegalArgumentException.class, () -> d.weight().setMask(Nd4j.ones(DataType.FLOAT, 2, 3)));
        assertTrue(e.getMessage().startsWith("mask shape = [2, 3]"), e.getMessage());
    }
}
