package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Layer-local training: stages learn from their own objectives only; no gradient crosses between stages. */
class LocalLearningTest {
    /** Pulls a stage's output towards zero: L = (1/B) sum ||z||^2 / 2. */
    static final LocalObjective SHRINK = (input, output, batch, grad) -> {
        int b = (int) output.size(0);
        grad.assign(output).divi(b);
        return output.norm2Number().doubleValue() * output.norm2Number().doubleValue() / (2 * b);
    };

    @Test
    void stagesFollowOnlyTheirOwnObjective() {
        Dense frozen = new Dense("frozen", 6, 5);
        Dense local = new Dense("local", 5, 4);
        Dense out = new Dense("out", 4, 3);
        Sequential readout = Sequential.of(out);
        LocalLearning ll = new LocalLearning(List.of(LocalStage.frozen(frozen), new LocalStage(local, SHRINK, new Sgd(0.05))),
                readout, new SoftmaxCrossEntropy(), new Sgd(0.1));
        ll.network().initialise(1);
        ll.network().castTo(DataType.DOUBLE);
        float[] frozenBefore = frozen.weight().value().castTo(DataType.FLOAT).data().asFloat();
        INDArray localBefore = local.weight().value().dup();
        Batch b = NnFixtures.randomBatch(2, 8, 3, 6);
        double first = 0;
        double last = 0;
        for (int i = 0; i < 30; i++) {
            ll.step(b, 1.0);
            if (i == 0) {
                first = ll.lastLocalLosses()[1];
            }
            last = ll.lastLocalLosses()[1];
        }
        assertArrayEquals(frozenBefore, frozen.weight().value().castTo(DataType.FLOAT).data().asFloat(), 0f);
        assertTrue(Double.isNaN(ll.lastLocalLosses()[0]));
        assertTrue(last < first, "local objective " + first + " -> " + last);
        assertFalse(localBefore.equals(local.weight().value()));

        // the local stage's update is exactly SGD on its own objective: the readout loss plays no part
        Dense local2 = new Dense("local", 5, 4);
        Sequential.of(new Dense(6, 5), local2).initialise(1);
        LocalLearning alone = new LocalLearning(List.of(LocalStage.frozen(new Dense("frozen", 6, 5)),
                new LocalStage(local2, SHRINK, new Sgd(0.05))), Sequential.of(new Dense("other", 4, 3)), new SquaredError(), new Sgd(0.3));
        alone.network().initialise(1);
        alone.network().castTo(DataType.DOUBLE);
        for (int i = 0; i < 30; i++) {
            alone.step(b, 1.0);
        }
        assertEquals(0, local2.weight().value().sub(local.weight().value()).amaxNumber().doubleValue(), 0.0);
    }
}
