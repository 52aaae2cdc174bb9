package org.neurotheory.bioplausible.hsic.bench;

import java.lang.management.ManagementFactory;
import org.neurotheory.bioplausible.hsic.model.BatchLabelKernel;
import org.neurotheory.bioplausible.hsic.model.BottleneckObjective;
import org.neurotheory.bioplausible.hsic.model.CosineKernel;
import org.neurotheory.bioplausible.hsic.model.PhsicObjective;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.bioplausible.hsic.model.GaussianKernel;
import org.neurotheory.bioplausible.hsic.model.Grouping;
import org.neurotheory.bioplausible.hsic.model.LabelKernel;
import org.neurotheory.bioplausible.hsic.model.LocalHsicLoss;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Thread CPU time per call of the pieces of one pHSIC layer step at m = 256, width 256 (float32): the
 * training path ({@link PhsicObjective} on FLOAT arrays, label kernel shared), the double-capable
 * reference ({@link LocalHsicLoss#evaluate}), the first layer's GEMM and the label kernel by cosine.
 * {@code StepProfile REPS}.
 */
public final class StepProfile {
    private StepProfile() {
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Nd4j.getRandom().setSeed(1);
        INDArray x = Nd4j.rand(DataType.FLOAT, 256, 784);
        INDArray w = Nd4j.rand(DataType.FLOAT, 784, 256);
        INDArray out = Nd4j.create(DataType.FLOAT, 256, 256);
        INDArray z = Nd4j.rand(DataType.FLOAT, 256, 256);
        int[] labels = new int[256];
        for (int i = 0; i < 256; i++) {
            labels[i] = i % 10;
        }
        INDArray ky = LabelKernel.matrix(labels, 10, DataType.FLOAT);
        LocalHsicLoss grp = LocalHsicLoss.grouped(GaussianKernel.paper(), new Grouping(32, 0.5, 1), BottleneckObjective.paper());
        LocalHsicLoss none = LocalHsicLoss.ungrouped(GaussianKernel.paper(), BottleneckObjective.paper());
        INDArray grad = Nd4j.create(DataType.FLOAT, 256, 256);
        Batch batch = Batch.of(x, labels);
        BatchLabelKernel shared = new BatchLabelKernel(10);
        PhsicObjective fastGrp = new PhsicObjective(grp, shared);
        PhsicObjective fastNone = new PhsicObjective(none, shared);
        PhsicObjective fastCos = new PhsicObjective(
                LocalHsicLoss.grouped(new CosineKernel(), new Grouping(32, 0.8, 1), BottleneckObjective.paper()), shared);
        for (int round = 0; round < 3; round++) {
            long f0 = cpu();
            for (int r = 0; r < reps; r++) {
                fastGrp.evaluate(x, z, batch, grad);
            }
            long f1 = cpu();
            for (int r = 0; r < reps; r++) {
                fastNone.evaluate(x, z, batch, grad);
            }
            long f2 = cpu();
            for (int r = 0; r < reps; r++) {
                fastCos.evaluate(x, z, batch, grad);
            }
            long f3 = cpu();
            System.out.printf("float path: Gaussian grp %.3f ms | Gaussian none %.3f ms | cossim grp+div %.3f ms%n",
                    (f1 - f0) * 1e-6 / reps, (f2 - f1) * 1e-6 / reps, (f3 - f2) * 1e-6 / reps);
            long t0 = cpu();
            for (int r = 0; r < reps; r++) {
                Nd4j.gemm(x, w, out, false, false, 1.0, 0.0);
            }
            long t1 = cpu();
            for (int r = 0; r < reps; r++) {
                grp.evaluate(z, ky);
            }
            long t2 = cpu();
            for (int r = 0; r < reps; r++) {
                none.evaluate(z, ky);
            }
            long t3 = cpu();
            for (int r = 0; r < reps; r++) {
                LabelKernel.matrix(labels, 10, DataType.FLOAT);
            }
            long t4 = cpu();
            System.out.printf("gemm 256x784x256 %.3f ms | loss grp %.3f ms | loss none %.3f ms | label kernel %.3f ms%n",
                    (t1 - t0) * 1e-6 / reps, (t2 - t1) * 1e-6 / reps, (t3 - t2) * 1e-6 / reps, (t4 - t3) * 1e-6 / reps);
        }
    }
}
