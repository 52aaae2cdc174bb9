package org.neurotheory.bioplausible.hsic.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.neurotheory.bioplausible.hsic.experiments.FashionMnist;
import org.neurotheory.bioplausible.hsic.experiments.MethodRun;
import org.neurotheory.bioplausible.hsic.experiments.Protocol;
import org.neurotheory.bioplausible.hsic.experiments.Table1Method;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;

/**
 * Thread CPU per training batch of every Table 1 method at the reduced (3 x 256) or the paper's
 * (3 x 1024) width: one epoch of {@code IMAGES} Fashion-MNIST training images per method after a
 * warm-up epoch (evaluation on 256 test images), the figure's estimate of what a protocol costs.
 * Run with {@code OMP_NUM_THREADS=1}, so that BLAS runs in the training thread.
 * <pre>  MethodBatchCost IMAGES reduced|paper</pre>
 */
public final class MethodBatchCost {
    private MethodBatchCost() {
    }

    public static void main(String[] args) {
        int images = Integer.parseInt(args[0]);
        Protocol pr = args[1].equals("reduced") ? Protocol.reduced() : Protocol.paper();
        ImageDataset train = FashionMnist.load(Split.TRAIN, images);
        ImageDataset test = FashionMnist.load(Split.TEST, 256);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        MethodRun.train(Table1Method.GAUSSIAN_GRP, pr.mlp(), 1, pr.batch(), pr.milestones(),
                FashionMnist.load(Split.TRAIN, 10 * pr.batch()), test, 7);
        int batches = images / pr.batch();
        for (Table1Method m : Table1Method.values()) {
            long c0 = bean.getCurrentThreadCpuTime();
            MethodRun r = MethodRun.train(m, pr.mlp(), 1, pr.batch(), pr.milestones(), train, test, 1);
            double cpu = (bean.getCurrentThreadCpuTime() - c0) * 1e-9;
            System.out.printf("%s: %.1f ms thread CPU per batch (%.2f s over %d batches; wall %.2f s)%n", m,
                    1000 * cpu / batches, cpu, batches, r.seconds()[0]);
        }
    }
}
