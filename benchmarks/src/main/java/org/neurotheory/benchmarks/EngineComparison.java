package org.neurotheory.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurotheory.core.data.IdxReader;

/**
 * Engine choice for {@code core.nn}: one epoch of the MLP 784-300-100-10 (ReLU, softmax
 * cross-entropy, plain SGD 0.1, float32) on Fashion-MNIST, trained (1) by ND4J SameDiff autodiff
 * and (2) by hand-derived batched gradients on ND4J GEMM, in interleaved rounds; plus the time of
 * the GEMMs alone. Run: {@code java -cp <benchmarks classpath> org.neurotheory.benchmarks.EngineComparison [rounds]}.
 */
public final class EngineComparison {
    private static final int[] SIZES = {784, 300, 100, 10};

    private EngineComparison() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        IdxReader.Dataset raw = IdxReader.readSplit(Path.of("/usr/share/datasets/fashion-mnist"), "train");
        int n = raw.size();
        float[] flat = new float[n * 784];
        float[] onehot = new float[n * 10];
        for (int i = 0; i < n; i++) {
            System.arraycopy(raw.images()[i], 0, flat, i * 784, 784);
            onehot[i * 10 + raw.labels()[i]] = 1f;
        }
        INDArray x = Nd4j.create(flat, new long[] {n, 784}, DataType.FLOAT);
        INDArray y = Nd4j.create(onehot, new long[] {n, 10}, DataType.FLOAT);
        for (int batch : new int[] {60, 128}) {
            List<DataSet> batches = new ArrayList<>();
            for (int s = 0; s + batch <= n; s += batch) {
                batches.add(new DataSet(x.get(NDArrayIndex.interval(s, s + batch)).dup(),
                        y.get(NDArrayIndex.interval(s, s + batch)).dup()));
            }
            SameDiff sd = sameDiffMlp(batch);
            Hand hand = new Hand(batch);
            double[] tSd = new double[rounds];
            double[] tHand = new double[rounds];
            double[] tGemm = new double[rounds];
            // warm-up round
            epochSameDiff(sd, batches.subList(0, 100));
            hand.epoch(batches.subList(0, 100));
            hand.gemmsOnly(100);
            System.out.println("warm-up done, batch " + batch);
            double perEpoch = batches.size() / (double) steps;
            for (int r = 0; r < rounds; r++) {
                List<DataSet> part = batches.subList((r * steps) % (batches.size() - steps), (r * steps) % (batches.size() - steps) + steps);
                long t0 = System.nanoTime();
                epochSameDiff(sd, part);
                long t1 = System.nanoTime();
                hand.epoch(part);
                long t2 = System.nanoTime();
                hand.gemmsOnly(steps);
                long t3 = System.nanoTime();
                tSd[r] = (t1 - t0) * 1e-9 * perEpoch;
                tHand[r] = (t2 - t1) * 1e-9 * perEpoch;
                tGemm[r] = (t3 - t2) * 1e-9 * perEpoch;
                System.out.printf("batch %d round %d (epoch-equivalent s): samediff %.2f hand %.2f gemms %.2f%n",
                        batch, r, tSd[r], tHand[r], tGemm[r]);
            }
            double flops = hand.gemmFlopsPerStep() * batches.size();
            System.out.printf("batch %d medians: samediff %.2f s/epoch | hand %.2f s/epoch | gemms alone %.2f s/epoch (%.1f GFLOP/s) | hand loss %.4f%n",
                    batch, median(tSd), median(tHand), median(tGemm), flops / median(tGemm) * 1e-9, hand.lastLoss);
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    static SameDiff sameDiffMlp(int batch) {
        SameDiff sd = SameDiff.create();
        SDVariable in = sd.placeHolder("in", DataType.FLOAT, -1, 784);
        SDVariable label = sd.placeHolder("label", DataType.FLOAT, -1, 10);
        SDVariable h = in;
        SplittableRandom rng = new SplittableRandom(1);
        for (int l = 0; l < 3; l++) {
            SDVariable w = sd.var("w" + l, init(rng, SIZES[l], SIZES[l + 1]));
            SDVariable b = sd.var("b" + l, Nd4j.zeros(DataType.FLOAT, 1, SIZES[l + 1]));
            h = h.mmul(w).add(b);
            if (l < 2) {
                h = sd.nn.relu(h, 0);
            }
        }
        SDVariable loss = sd.loss.softmaxCrossEntropy("loss", label, h, null);
        sd.setLossVariables(loss);
        sd.setTrainingConfig(new TrainingConfig.Builder().updater(new Sgd(0.1))
                .dataSetFeatureMapping("in").dataSetLabelMapping("label").build());
        return sd;
    }

    static void epochSameDiff(SameDiff sd, List<DataSet> batches) {
        for (DataSet d : batches) {
            sd.fit(d);
        }
    }

    static INDArray init(SplittableRandom rng, int in, int out) {
        float[] w = new float[in * out];
        double std = Math.sqrt(2.0 / in);
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (std * rng.nextGaussian());
        }
        return Nd4j.create(w, new long[] {in, out}, DataType.FLOAT);
    }

    /** Hand-derived backprop: preallocated buffers, Nd4j.gemm into them, ND4J element-wise ops. */
    static final class Hand {
        final INDArray[] w = new INDArray[3];
        final INDArray[] b = new INDArray[3];
        final INDArray[] gw = new INDArray[3];
        final INDArray[] gb = new INDArray[3];
        final INDArray[] a = new INDArray[4];
        final INDArray[] g = new INDArray[4];
        final INDArray ones;
        final int batch;
        double lastLoss;

        Hand(int batch) {
            this.batch = batch;
            SplittableRandom rng = new SplittableRandom(1);
            for (int l = 0; l < 3; l++) {
                w[l] = init(rng, SIZES[l], SIZES[l + 1]);
                b[l] = Nd4j.zeros(DataType.FLOAT, 1, SIZES[l + 1]);
                gw[l] = Nd4j.zeros(DataType.FLOAT, SIZES[l], SIZES[l + 1]);
                gb[l] = Nd4j.zeros(DataType.FLOAT, 1, SIZES[l + 1]);
            }
            for (int l = 0; l < 4; l++) {
                a[l] = Nd4j.zeros(DataType.FLOAT, batch, SIZES[l]);
                g[l] = Nd4j.zeros(DataType.FLOAT, batch, SIZES[l]);
            }
            ones = Nd4j.ones(DataType.FLOAT, 1, batch);
        }

        double gemmFlopsPerStep() {
            double f = 0;
            for (int l = 0; l < 3; l++) {
                f += 2.0 * batch * SIZES[l] * SIZES[l + 1] * (l == 0 ? 2 : 3);
            }
            return f;
        }

        void epoch(List<DataSet> batches) {
            for (DataSet d : batches) {
                step(d.getFeatures(), d.getLabels());
            }
        }

        void step(INDArray x, INDArray y) {
            a[0].assign(x);
            for (int l = 0; l < 3; l++) {
                Nd4j.gemm(a[l], w[l], a[l + 1], false, false, 1.0, 0.0);
                a[l + 1].addiRowVector(b[l]);
                if (l < 2) {
                    Transforms.relu(a[l + 1], false);
                }
            }
            // softmax cross-entropy: g = (softmax - y) / batch
            INDArray p = Transforms.softmax(a[3], true);
            lastLoss = -Transforms.log(p.add(1e-30), false).muli(y).sumNumber().doubleValue() / batch;
            g[3].assign(p).subi(y).divi(batch);
            for (int l = 2; l >= 0; l--) {
                Nd4j.gemm(a[l], g[l + 1], gw[l], true, false, 1.0, 0.0);
                Nd4j.gemm(ones, g[l + 1], gb[l], false, false, 1.0, 0.0);
                if (l > 0) {
                    Nd4j.gemm(g[l + 1], w[l], g[l], false, true, 1.0, 0.0);
                    g[l].muli(a[l].gt(0).castTo(DataType.FLOAT));
                }
                w[l].subi(gw[l].muli(0.1));
                b[l].subi(gb[l].muli(0.1));
            }
        }

        void gemmsOnly(int steps) {
            for (int s = 0; s < steps; s++) {
                for (int l = 0; l < 3; l++) {
                    Nd4j.gemm(a[l], w[l], a[l + 1], false, false, 1.0, 0.0);
                }
                for (int l = 2; l >= 0; l--) {
                    Nd4j.gemm(a[l], g[l + 1], gw[l], true, false, 1.0, 0.0);
                    if (l > 0) {
                        Nd4j.gemm(g[l + 1], w[l], g[l], false, true, 1.0, 0.0);
                    }
                }
            }
        }
    }
}
