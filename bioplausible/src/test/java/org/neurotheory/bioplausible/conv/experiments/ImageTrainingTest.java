package org.neurotheory.bioplausible.conv.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.LcWeightLayout;
import org.neurotheory.bioplausible.conv.model.ReducedNetwork;
import org.neurotheory.bioplausible.conv.model.SharingSchedule;
import org.neurotheory.bioplausible.conv.model.WeightSnr;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.Adam;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.LocallyConnected2d;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.core.random.Seeds;

/**
 * Sharing leaves the optimiser state untouched (as in the official training loop), and a smoke run of
 * every kind of arm.
 */
class ImageTrainingTest {
    private static ImageDataset random(int n, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        float[] p = new float[n * 144];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(3);
            for (int e = 0; e < 144; e++) {
                p[i * 144 + e] = (float) (rng.nextGaussian() + (e % 12 < 4 * (labels[i] + 1) ? 0.5 : 0));
            }
        }
        return new ImageDataset("random", 1, 12, 12, 3, p, labels);
    }

    @Test
    void sharingChangesOnlyTheWeightsNotTheAdamMoments() {
        ReducedNetwork spec = new ReducedNetwork(12, new int[] {2, 3, 4}, true, true, 3);
        Sequential net = spec.build(1);
        Adam adam = new Adam(1e-2);
        Trainer trainer = new Trainer(net, new SoftmaxCrossEntropy(), adam, TrainingConfig.of(1, 8, 1));
        ImageDataset d = random(8, 2);
        trainer.step(Batch.of(Nd4j.create(d.pixels(), new long[] {8, 1, 12, 12}), d.labels()), 1e-2);
        Map<String, INDArray> before = new TreeMap<>();
        adam.saveState("", before, net.trainableParameters());
        List<LocallyConnected2d> lc = net.layers().stream().filter(LocallyConnected2d.class::isInstance)
                .map(LocallyConnected2d.class::cast).toList();
        List<LcWeightLayout> layouts = spec.layouts();
        assertEquals(3, lc.size());
        double snrBefore = WeightSnr.of(lc.get(0).weight().value().data().asFloat(), layouts.get(0));
        ImageTraining.share(lc, layouts, SharingSchedule.instant(1), Seeds.stream(3));
        Map<String, INDArray> after = new TreeMap<>();
        adam.saveState("", after, net.trainableParameters());
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k).data().asFloat(), after.get(k).data().asFloat(), 0f, k);
        }
        assertTrue(WeightSnr.of(lc.get(0).weight().value().data().asFloat(), layouts.get(0)) > snrBefore);
    }

    @Test
    void everyKindOfArmTrainsAndEvaluates() {
        ImageDataset train = random(64, 4);
        ImageDataset test = random(32, 5);
        ImageTraining.Settings s = new ImageTraining.Settings(new ReducedNetwork(12, new int[] {2, 3, 4}, false, true, 3),
                1, 16, 3e-3).withStatisticsImages(32);
        for (ImageArm arm : List.of(ImageArm.conv(), ImageArm.lc(), ImageArm.lcShared(2),
                ImageArm.lcSleep(2, new HebbianSleep.Params(2, 4, 0.1, 1e-5)),
                ImageArm.lcTranslated(2, 2))) {
            ImageTraining.Result r = ImageTraining.run(arm, s, train, test, 7);
            assertTrue(r.testAccuracy() >= 0 && r.testAccuracy() <= 1, arm + " " + r);
            assertTrue(Double.isFinite(r.trainLoss()), arm + " " + r);
            assertEquals(arm.locallyConnected(), Double.isFinite(r.weightSnr()), arm + " " + r);
        }
        ImageTraining.Result kept = ImageTraining.run(ImageArm.lcShared(2), s.withStatisticsImages(0), train, test, 7);
        ImageTraining.Result recomputed = ImageTraining.run(ImageArm.lcShared(2), s, train, test, 7);
        assertEquals(kept.testAccuracy(), kept.runningStatsAccuracy(), 0.0, "no recomputation: one accuracy");
        assertEquals(kept.runningStatsAccuracy(), recomputed.runningStatsAccuracy(), 0.0, "same run up to the recomputation");
    }

    /** Random 36 x 36 images (the protocol's canvas) with 10 classes. */
    private static ImageDataset canvas(int n, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        float[] p = new float[n * 36 * 36];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(10);
            for (int e = 0; e < 36 * 36; e++) {
                p[i * 36 * 36 + e] = (float) (rng.nextGaussian() + (e % 36 < 3 * labels[i] ? 0.5 : 0));
            }
        }
        return new ImageDataset("random", 1, 36, 36, 10, p, labels);
    }

    @Test
    void parallelRunsEqualTheSequentialOnes() {
        ImageDataset train = canvas(48, 8);
        ImageDataset test = canvas(16, 9);
        ImageProtocol p = new ImageProtocol(48, 16, new int[] {2, 3, 4}, true, 1, 16, 3e-3, 2, 1);
        ShiftedFashionMnist data =
                new ShiftedFashionMnist(train, test);
        List<ImageArm> arms = List.of(ImageArm.lc(), ImageArm.lcShared(2));
        List<ArmRuns> parallel = ArmRuns.trainAll(arms, p, data, 11);
        for (int a = 0; a < arms.size(); a++) {
            ArmRuns sequential = ArmRuns.train(arms.get(a), p, data, 11);
            assertEquals(sequential.runs(), parallel.get(a).runs(), arms.get(a).name());
        }
    }
}
