package org.neurotheory.bioplausible.hsic.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.neurotheory.bioplausible.hsic.experiments.FashionMnist;
import org.neurotheory.bioplausible.hsic.experiments.MethodRun;
import org.neurotheory.bioplausible.hsic.experiments.Table1Method;
import org.neurotheory.bioplausible.hsic.model.Mlp;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;

/**
 * Java side of the paired per-epoch timing against bioplausible/src/test/bench/hsic_epoch.py:
 * {@code HsicEpoch METHOD EPOCHS [TRAIN_IMAGES]}, METHOD one of {@link Table1Method}'s names. Trains
 * one warm-up epoch (JIT compilation; not counted), then EPOCHS epochs of a fresh run, and prints one
 * JSON line: CPU seconds per epoch of the training thread (training steps and the per-epoch test
 * evaluation; BLAS runs in this thread with OMP_NUM_THREADS=1) and of the whole process (adds the
 * JIT compiler and the garbage collector), wall seconds of each epoch's training steps, accuracy.
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
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var thread = ManagementFactory.getThreadMXBean();
        MethodRun.train(m, Mlp.paper().withWidth(256), 1, 256, new int[] {1000}, train, test, 2);
        long c0 = os.getProcessCpuTime();
        long t1 = thread.getCurrentThreadCpuTime();
        MethodRun r = MethodRun.train(m, Mlp.paper().withWidth(256), epochs, 256, new int[] {1000}, train, test, 1);
        double threadPerEpoch = (thread.getCurrentThreadCpuTime() - t1) * 1e-9 / epochs;
        double cpuPerEpoch = (os.getProcessCpuTime() - c0) * 1e-9 / epochs;
        System.out.printf("{\"peer\": \"java\", \"method\": \"%s\", \"threadCpuSecondsPerEpochWithEvaluation\": %.3f, \"processCpuSecondsPerEpochWithEvaluation\": %.3f, \"epochSeconds\": %s, \"testAccuracy\": %s, \"layerLoss\": %s, \"processSeconds\": %.3f}%n",
                m, threadPerEpoch, cpuPerEpoch, Arrays.toString(r.seconds()), Arrays.toString(r.testAccuracy()), Arrays.deepToString(r.layerLoss()),
                (System.nanoTime() - t0) * 1e-9);
    }
}
