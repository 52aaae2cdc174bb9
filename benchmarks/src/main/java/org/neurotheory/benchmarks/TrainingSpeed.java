package org.neurotheory.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.data.IdxReader;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.ConvGeometry;
import org.neurotheory.core.nn.Conv2d;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Pool2d;
import org.neurotheory.core.nn.Relu;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;

/**
 * The Java side of the paired epoch timing against PyTorch ({@code benchmarks/scripts/paired_epochs.py}
 * drives it) and of the paired timing of two builds ({@code benchmarks/scripts/paired_builds.py}):
 * {@code TrainingSpeed mlp|cnn BATCH}. Reads commands from stdin, one per line:
 * {@code train STEPS} trains STEPS SGD steps of the network on Fashion-MNIST and prints
 * {@code seconds S}; {@code gemm STEPS} (MLP only) runs only the GEMMs of STEPS training steps
 * (same shapes, ND4J's OpenBLAS sgemm into preallocated outputs) and prints {@code seconds S};
 * {@code share BLOCKS STEPS} (MLP only) alternates BLOCKS pairs of {@code train STEPS} and
 * {@code gemm STEPS} back to back (which goes first alternates too) and prints one {@code share G/T} per pair, so that each ratio is
 * taken within a fraction of a second, inside one speed phase of a shared host.
 * The networks: MLP 784-300-100-10 (ReLU) and the small CNN conv3x3-32, conv3x3-64, maxpool 2,
 * FC-128, FC-10 (ReLU, no padding), softmax cross-entropy, SGD lr 0.05.
 */
public final class TrainingSpeed {
    private TrainingSpeed() {
    }

    /** C = op(A) op(B) by ND4J's OpenBLAS sgemm on the arrays' memory (row-major). */
    static void sgemm(INDArray a, boolean ta, INDArray b, boolean tb, INDArray c) {
        openblas.cblas_sgemm(openblas.CblasRowMajor, ta ? openblas.CblasTrans : openblas.CblasNoTrans,
                tb ? openblas.CblasTrans : openblas.CblasNoTrans, (int) c.size(0), (int) c.size(1),
                (int) (ta ? a.size(0) : a.size(1)), 1f, (FloatPointer) a.data().addressPointer(), (int) a.size(1),
                (FloatPointer) b.data().addressPointer(), (int) b.size(1), 0f, (FloatPointer) c.data().addressPointer(), (int) c.size(1));
    }

    public static void main(String[] args) throws Exception {
        String model = args[0];
        int batch = Integer.parseInt(args[1]);
        ImageDataset train = ImageDataset.of("fashion-mnist/train",
                IdxReader.readSplit(Path.of("/usr/share/datasets/fashion-mnist"), "train"), 10);
        Sequential net = model.equals("mlp")
                ? Sequential.of(new Dense(784, 300), new Relu(), new Dense(300, 100), new Relu(), new Dense(100, 10))
                : Sequential.of(new Conv2d(new ConvGeometry(1, 28, 28, 3, 1, 0), 32), new Relu(),
                        new Conv2d(new ConvGeometry(32, 26, 26, 3, 1, 0), 64), new Relu(), Pool2d.max(2, 2),
                        new Dense(64 * 12 * 12, 128), new Relu(), new Dense(128, 10));
        net.initialise(1);
        Trainer trainer = new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(0.05), TrainingConfig.of(1000, batch, 1));
        int[] sizes = {784, 300, 100, 10};
        INDArray[] a = new INDArray[4];
        INDArray[] g = new INDArray[4];
        INDArray[] w = new INDArray[3];
        INDArray[] gw = new INDArray[3];
        for (int l = 0; l < 4; l++) {
            a[l] = Nd4j.rand(DataType.FLOAT, batch, sizes[l]);
            g[l] = Nd4j.rand(DataType.FLOAT, batch, sizes[l]);
        }
        for (int l = 0; l < 3; l++) {
            w[l] = Nd4j.rand(DataType.FLOAT, sizes[l], sizes[l + 1]);
            gw[l] = Nd4j.rand(DataType.FLOAT, sizes[l], sizes[l + 1]);
        }
        System.out.println("ready threads=" + Nd4j.getEnvironment().maxThreads());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] cmd = line.trim().split("\\s+");
            if (cmd[0].equals("share")) {
                long steps = Long.parseLong(cmd[2]);
                StringBuilder shares = new StringBuilder("shares");
                for (int block = 0; block < Integer.parseInt(cmd[1]); block++) {
                    boolean trainFirst = block % 2 == 0;
                    long t0 = System.nanoTime();
                    if (trainFirst) {
                        trainer.train(train, null, steps);
                    } else {
                        gemms(a, g, w, gw, steps);
                    }
                    long t1 = System.nanoTime();
                    if (trainFirst) {
                        gemms(a, g, w, gw, steps);
                    } else {
                        trainer.train(train, null, steps);
                    }
                    long t2 = System.nanoTime();
                    double trainTime = trainFirst ? t1 - t0 : t2 - t1;
                    shares.append(' ').append((t2 - t0 - trainTime) / trainTime);
                }
                System.out.println(shares);
                continue;
            }
            long steps = Long.parseLong(cmd[1]);
            long t0 = System.nanoTime();
            if (cmd[0].equals("train")) {
                trainer.train(train, null, steps);
            } else {
                gemms(a, g, w, gw, steps);
            }
            System.out.println("seconds " + (System.nanoTime() - t0) * 1e-9);
        }
    }

    /** The GEMMs of {@code steps} MLP training steps: forward, weight gradients, input gradients. */
    private static void gemms(INDArray[] a, INDArray[] g, INDArray[] w, INDArray[] gw, long steps) {
        for (long s = 0; s < steps; s++) {
            for (int l = 0; l < 3; l++) {
                sgemm(a[l], false, w[l], false, a[l + 1]);
            }
            for (int l = 2; l >= 0; l--) {
                sgemm(a[l], true, g[l + 1], false, gw[l]);
                if (l > 0) {
                    sgemm(g[l + 1], false, w[l], true, g[l]);
                }
            }
        }
    }
}
