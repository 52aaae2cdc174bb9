package org.neurotheory.bioplausible.hsic.model;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.BatchOrder;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.LeakyRelu;
import org.neurotheory.core.nn.Optimizer;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Layer-local training of an {@link Mlp} by the pHSIC objective, in the order of operations of the
 * paper's code (Sec. 2.9). Per mini-batch, for each hidden layer in turn: {@code z = phi(W x)};
 * the local loss (E1) on z and its gradient with respect to this layer's weights only; one step of
 * this layer's own optimiser; then the <em>already computed</em> z (from the weights before the
 * step), detached, goes through divisive normalisation and dropout to the next layer. Finally the
 * readout takes one softmax cross-entropy step with its own optimiser; its gradient never reaches
 * the hidden layers. With {@code loss == null} the hidden layers are never updated and keep their
 * initialisation (the "last layer" baseline).
 */
public final class LayerwiseTrainer {
    private final Sequential network;
    private final List<Block> blocks = new ArrayList<>();
    private final Dense readout;
    private final LocalHsicLoss loss;
    private final List<Optimizer> local = new ArrayList<>();
    private final Optimizer readoutOptimizer;
    private final int classes;
    private final SoftmaxCrossEntropy crossEntropy = new SoftmaxCrossEntropy();
    private INDArray logitGrad;

    /** The layers of one hidden block, in forward order: dense, nonlinearity, then the rest. */
    private record Block(Dense dense, LeakyRelu activation, List<Layer> after) {
    }

    /**
     * Result of one mini-batch.
     *
     * @param layerLoss    the local loss (E1) of each hidden layer (NaN when not trained)
     * @param readoutLoss  cross-entropy of the readout
     * @param correct      samples of the batch classified correctly by the readout
     */
    public record StepResult(double[] layerLoss, double readoutLoss, int correct) {
    }

    /**
     * @param network          built by {@link Mlp#build}
     * @param loss             the local loss of every hidden layer, or null for readout-only training
     * @param localOptimizer   creates one optimiser per hidden layer (ignored when {@code loss} is null)
     * @param readoutOptimizer the readout's optimiser
     * @param classes          number of classes of the label kernel
     */
    public LayerwiseTrainer(Sequential network, LocalHsicLoss loss, java.util.function.Supplier<Optimizer> localOptimizer,
                            Optimizer readoutOptimizer, int classes) {
        this.network = Require.nonNull("network", network);
        this.loss = loss;
        this.readoutOptimizer = Require.nonNull("readoutOptimizer", readoutOptimizer);
        this.classes = classes;
        List<Layer> layers = network.layers();
        int i = 0;
        while (i < layers.size() - 1) {
            Require.that(layers.get(i) instanceof Dense && layers.get(i + 1) instanceof LeakyRelu, "network layer " + i,
                    layers.get(i), "must start a hidden block (dense, LeakyReLU, ...)");
            Dense dense = (Dense) layers.get(i);
            LeakyRelu act = (LeakyRelu) layers.get(i + 1);
            List<Layer> after = new ArrayList<>();
            i += 2;
            while (i < layers.size() - 1 && !(layers.get(i) instanceof Dense)) {
                after.add(layers.get(i++));
            }
            blocks.add(new Block(dense, act, after));
            if (loss != null) {
                local.add(Require.nonNull("localOptimizer", localOptimizer).get());
            }
        }
        Require.that(layers.get(layers.size() - 1) instanceof Dense, "network's last layer", layers.get(layers.size() - 1),
                "must be the dense readout");
        this.readout = (Dense) layers.get(layers.size() - 1);
    }

    public Sequential network() {
        return network;
    }

    /** Number of hidden layers. */
    public int depth() {
        return blocks.size();
    }

    /**
     * One mini-batch in the order of Sec. 2.9, at learning rates {@code factor} times each optimiser's
     * base rate.
     */
    public StepResult step(Batch batch, double factor) {
        Require.positive("factor", factor);
        INDArray x = batch.input();
        long b = x.size(0);
        if (x.rank() != 2) {
            x = x.reshape('c', b, x.length() / b);
        }
        INDArray ky = loss == null ? null : LabelKernel.matrix(batch.labels(), classes, x.dataType());
        double[] layerLoss = new double[blocks.size()];
        for (int k = 0; k < blocks.size(); k++) {
            Block blk = blocks.get(k);
            INDArray z = blk.activation().forward(blk.dense().forward(x, true), true);
            if (loss != null) {
                LocalHsicLoss.Result r = loss.evaluate(z, ky);
                layerLoss[k] = r.loss();
                INDArray du = blk.activation().backward(r.dLdz(), true);
                blk.dense().backward(du, false);
                blk.dense().weight().finishGradient();
                Optimizer opt = local.get(k);
                opt.step(blk.dense().parameters(), opt.learningRate() * factor);
            } else {
                layerLoss[k] = Double.NaN;
            }
            INDArray next = z;
            for (Layer l : blk.after()) {
                next = l.forward(next, true);
            }
            x = next;
        }
        INDArray logits = readout.forward(x, true);
        logitGrad = logitGrad != null && logitGrad.dataType() == logits.dataType()
                && java.util.Arrays.equals(logitGrad.shape(), logits.shape()) ? logitGrad : Nd4j.create(logits.dataType(), logits.shape());
        double ce = crossEntropy.evaluate(logits, batch, logitGrad);
        int correct = org.neurotheory.core.nn.Evaluation.correct(logits, batch.labels());
        readout.backward(logitGrad, false);
        for (var p : readout.parameters()) {
            p.finishGradient();
        }
        readoutOptimizer.step(readout.parameters(), readoutOptimizer.learningRate() * factor);
        return new StepResult(layerLoss, ce, correct);
    }

    /**
     * One epoch result.
     *
     * @param epoch        0-based
     * @param layerLoss    mean local loss of each hidden layer over the epoch's batches
     * @param trainLoss    mean readout cross-entropy
     * @param testAccuracy test accuracy after the epoch (eval mode), in [0, 1]
     * @param seconds      wall time of the epoch's training steps
     */
    public record Epoch(int epoch, double[] layerLoss, double trainLoss, double testAccuracy, double seconds) {
    }

    /** Trains for {@code config.epochs()} epochs (seeded shuffling, schedule per epoch) and evaluates after each. */
    public List<Epoch> fit(ImageDataset train, ImageDataset test, TrainingConfig config,
                           java.util.function.Consumer<Epoch> onEpoch) {
        List<Epoch> out = new ArrayList<>();
        int n = train.size();
        int per = train.imageSize();
        for (int e = 0; e < config.epochs(); e++) {
            double factor = config.schedule().factor(e);
            int[] order = BatchOrder.permutation(config.seed(), e, n);
            int batches = BatchOrder.batches(n, config.batchSize(), config.dropLast());
            double[] sums = new double[blocks.size()];
            double ceSum = 0;
            long t0 = System.nanoTime();
            for (int bi = 0; bi < batches; bi++) {
                int from = bi * config.batchSize();
                int to = Math.min(n, from + config.batchSize());
                Batch batch = gather(train, order, from, to, per);
                StepResult r = step(batch, factor);
                for (int k = 0; k < sums.length; k++) {
                    sums[k] += r.layerLoss()[k] / batches;
                }
                ceSum += r.readoutLoss() / batches;
            }
            double seconds = (System.nanoTime() - t0) * 1e-9;
            double acc = org.neurotheory.core.nn.Evaluation.of(network, crossEntropy, test, 1000).accuracy();
            Epoch ep = new Epoch(e, sums, ceSum, acc, seconds);
            out.add(ep);
            if (onEpoch != null) {
                onEpoch.accept(ep);
            }
        }
        return out;
    }

    private float[] gathered;

    private Batch gather(ImageDataset data, int[] order, int from, int to, int per) {
        int b = to - from;
        if (gathered == null || gathered.length != b * per) {
            gathered = new float[b * per];
        }
        int[] labels = new int[b];
        float[] px = data.pixels();
        for (int i = 0; i < b; i++) {
            System.arraycopy(px, order[from + i] * per, gathered, i * per, per);
            labels[i] = data.labels()[order[from + i]];
        }
        return Batch.of(Nd4j.create(gathered, new long[] {b, per}, 'c').castTo(network.dataType() == null ? DataType.FLOAT
                : network.dataType()), labels);
    }
}
