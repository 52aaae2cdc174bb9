package org.neurotheory.bioplausible.hsic.bench;

import java.util.Arrays;
import org.neurotheory.bioplausible.hsic.experiments.FashionMnist;
import org.neurotheory.bioplausible.hsic.experiments.MethodRun;
import org.neurotheory.bioplausible.hsic.experiments.Table1Method;
import org.neurotheory.bioplausible.hsic.model.Mlp;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;

/**
 * Java side of the paired per-epoch timing against bioplausible/src/test/bench/hsic_epoch.py:
 * {@code HsicEpoch METHOD EPOCHS [TRAIN_IMAGES]}, METHOD one of {@link Table1Method}'s names.
 * Prints one JSON line: process CPU seconds per epoch (training, per-epoch test evaluation and the
 * JIT warm-up of the first epoch included), wall seconds of each epoch's training steps, accuracy.
 */
public final class HsicEpoch {
    private HsicEpoch() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Table1Method m = Table1Method.valueOf(args[0]);
        int epochs = Integer.parseInt(args[1]);
        ImageDataset train = FashionMnist.load(Split.TRAIN);
        if (args.length > 2) {
            train = train.head(Integer.parseInt(args[2]));
        }
        ImageDataset test = FashionMnist.load(Split.TEST);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        MethodRun r = MethodRun.train(m, Mlp.paper().withWidth(256), epochs, 256, new int[] {1000}, train, test, 1);
        double cpuPerEpoch = (os.getProcessCpuTime() - c0) * 1e-9 / epochs;
        System.out.printf("{\"peer\": \"java\", \"method\": \"%s\", \"cpuSecondsPerEpochWithEvaluation\": %.3f, \"epochSeconds\": %s, \"testAccuracy\": %s, \"layerLoss\": %s, \"processSeconds\": %.3f}%n",
                m, cpuPerEpoch, Arrays.toString(r.seconds()), Arrays.toString(r.testAccuracy()), Arrays.deepToString(r.layerLoss()),
                (System.nanoTime() - t0) * 1e-9);
    }
}
