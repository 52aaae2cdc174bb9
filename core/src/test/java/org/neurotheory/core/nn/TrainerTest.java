package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.progress.Progress;

/** Training on Fashion-MNIST subsets: learning happens, and a stopped run resumes to the same bytes. */
class TrainerTest {
    static Sequential mlp(long seed) {
        return Sequential.of(new Dense(784, 64), new Relu(), new Dense(64, 32), new Relu(), new Dense(32, 10)).initialised(seed);
    }

    @Test
    void sgdLearnsFashionMnist() {
        assumeTrue(NnFixtures.haveFashion(), "Debian's dataset-fashion-mnist is not installed");
        ImageDataset train = NnFixtures.fashion("train").head(3000);
        ImageDataset test = NnFixtures.fashion("t10k").head(1000);
        Trainer t = new Trainer(mlp(1), new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(2, 60, 7));
        List<EpochResult> h = t.fit(train, test);
        assertEquals(2, h.size());
        // chance is 10%; measured 0.579 after these 100 SGD steps (seed 7); 0.5 is five times chance
        assertTrue(h.get(1).testAccuracy() > 0.5, () -> "test accuracy " + h);
        assertTrue(h.get(1).trainLoss() < h.get(0).trainLoss(), () -> "loss did not fall: " + h);
    }

    @Test
    void aNamedRunSaysItsNameInItsEpochLines() {
        Trainer t = new Trainer(mlp(1), new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(2, 60, 7));
        EpochResult r = new EpochResult(4, 0.1, 0.25, 0.9, 0.5, 0.875, 16.5);
        assertEquals("epoch 5: train loss 0.25 acc 0.9, test loss 0.5 acc 0.875, 16.5 s", t.epochLine(r));
        t.named("fMNIST, backprop, seed 3");
        assertEquals("fMNIST, backprop, seed 3: epoch 5: train loss 0.25 acc 0.9, test loss 0.5 acc 0.875, 16.5 s", t.epochLine(r),
                "runs trained side by side log to one stream");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.named(null));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @Test
    void stoppedRunResumesToTheSameBytes(@TempDir Path dir) {
        assumeTrue(NnFixtures.haveFashion(), "Debian's dataset-fashion-mnist is not installed");
        ImageDataset train = NnFixtures.fashion("train").head(600);
        TrainingConfig cfg = TrainingConfig.of(2, 64, 3).withSchedule(LearningRateSchedule.milestones(0.5, 1));
        Trainer whole = new Trainer(mlp(5), new SoftmaxCrossEntropy(), new Adam(1e-3), cfg);
        whole.fit(train, null);

        Path ck = dir.resolve("run.ckpt");
        Trainer first = new Trainer(mlp(5), new SoftmaxCrossEntropy(), new Adam(1e-3), cfg).checkpointTo(ck, 4);
        first.train(train, null, 13); // stops mid-epoch (10 batches per epoch), last checkpoint at step 12
        Trainer second = new Trainer(mlp(99), new SoftmaxCrossEntropy(), new Adam(1e-3), cfg).checkpointTo(ck, 4).resumeFrom(ck);
        assertEquals(12, second.steps());
        second.fit(train, null);
        assertEquals(whole.steps(), second.steps());
        List<Parameter> a = whole.network().parameters();
        List<Parameter> b = second.network().parameters();
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).value().data().asFloat(), b.get(i).value().data().asFloat(), 0f, a.get(i).name());
        }
        assertEquals(whole.history().get(1).trainLoss(), second.history().get(1).trainLoss(), 0.0);
    }

    @Test
    void aCheckpointCarriesTheCallersOwnRecords(@TempDir Path dir) {
        assumeTrue(NnFixtures.haveFashion(), "Debian's dataset-fashion-mnist is not installed");
        ImageDataset train = NnFixtures.fashion("train").head(128);
        TrainingConfig cfg = TrainingConfig.of(2, 64, 3);
        Path ck = dir.resolve("run.ckpt");
        Trainer first = new Trainer(mlp(5), new SoftmaxCrossEntropy(), new Sgd(0.1), cfg);
        first.train(train, null, 2);
        double[] perEpoch = {0.1 + 0.2, Double.NaN};
        first.saveCheckpoint(ck, Map.of("layerLoss", Nd4j.createFromArray(perEpoch)));
        Trainer second = new Trainer(mlp(99), new SoftmaxCrossEntropy(), new Sgd(0.1), cfg);
        assertEquals(Map.of(), second.resumedExtra());
        second.resumeFrom(ck);
        assertEquals(1, second.epoch());
        assertEquals(List.of("layerLoss"), List.copyOf(second.resumedExtra().keySet()));
        assertArrayEquals(perEpoch, second.resumedExtra().get("layerLoss").toDoubleVector(), 0.0);
        // a checkpoint written without records gives none back
        first.saveCheckpoint(ck);
        assertEquals(Map.of(), new Trainer(mlp(99), new SoftmaxCrossEntropy(), new Sgd(0.1), cfg).resumeFrom(ck).resumedExtra());
    }

    @Test
    void trainingInChunksReportsToOneProgressAndEndsWithTheSameBytes() {
        assumeTrue(NnFixtures.haveFashion(), "Debian's dataset-fashion-mnist is not installed");
        ImageDataset train = NnFixtures.fashion("train").head(600);
        TrainingConfig cfg = TrainingConfig.of(2, 64, 3);
        Trainer whole = new Trainer(mlp(5), new SoftmaxCrossEntropy(), new Sgd(0.1), cfg);
        whole.train(train, null, 17);
        long[] steps = {0};
        boolean[] closed = {false};
        Progress counting = new Progress() {
            @Override
            public void step(long n) {
                steps[0] += n;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Trainer chunks = new Trainer(mlp(5), new SoftmaxCrossEntropy(), new Sgd(0.1), cfg);
        // 17 steps as 5 + 5 + 5 + 2, across the epoch boundary (10 batches per epoch)
        long taken = 0;
        for (int i = 0; i < 4; i++) {
            taken += chunks.train(train, null, Math.min(5, 17 - taken), counting);
        }
        assertEquals(17, taken);
        assertEquals(17, steps[0]);
        assertTrue(!closed[0], "the caller's progress must stay open");
        List<Parameter> a = whole.network().parameters();
        List<Parameter> b = chunks.network().parameters();
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).value().data().asFloat(), b.get(i).value().data().asFloat(), 0f, a.get(i).name());
        }
    }
}
