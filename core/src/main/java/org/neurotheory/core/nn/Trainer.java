package org.neurotheory.core.nn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mini-batch training of a network end to end: per step forward, loss, backward,
 * {@link Parameter#finishGradient()} (reparameterisation, masks) and optimiser step at the scheduled
 * rate ({@link Optimizer#finishAndStep}); per epoch an evaluation on the test set. Reports progress (ETA, running loss and
 * accuracy) through {@link Progress}.
 *
 * <p>Checkpoints ({@link #checkpointTo}) hold the parameters and masks, the optimiser state and the
 * position (epoch, batch, step, running sums, history); the batch order is a function of
 * (seed, epoch) ({@link BatchOrder}). A run stopped at any step and resumed in a new trainer with
 * {@link #resumeFrom} therefore ends with the same bytes as an uninterrupted run.
 *
 * <pre>{@code
 * Trainer t = new Trainer(mlp, new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(1, 60, 1));
 * List<EpochResult> h = t.fit(train, test);
 * }</pre>
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private static final String EXTRA = "extra/";
    private final Sequential network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final LocalLearning local;
    private final TrainingConfig config;
    private final List<EpochResult> history = new ArrayList<>();
    private Path checkpoint;
    private long checkpointEvery;
    private int epoch;
    private int batchInEpoch;
    private long step;
    private double lossSum;
    private long correct;
    private long seen;
    private double epochSeconds;
    private INDArray gradOutput;
    private Map<String, INDArray> resumedExtra = Map.of();
    private String name = "";

    /**
     * @param network   the network (its parameters are trained in place)
     * @param loss      training loss
     * @param optimizer optimiser of all trainable parameters
     * @param config    epochs, batch size, seed, schedule
     */
    public Trainer(Sequential network, Loss loss, Optimizer optimizer, TrainingConfig config) {
        this.network = Require.nonNull("network", network);
        this.loss = Require.nonNull("loss", loss);
        this.optimizer = Require.nonNull("optimizer", optimizer);
        this.config = Require.nonNull("config", config);
        this.local = null;
    }

    /**
     * A trainer of layer-local learning: each step is {@link LocalLearning#step}; the schedule
     * multiplies every stage's and the readout's learning rate.
     */
    public Trainer(LocalLearning learning, TrainingConfig config) {
        this.local = Require.nonNull("learning", learning);
        this.network = learning.network();
        this.loss = learning.loss();
        this.optimizer = null;
        this.config = Require.nonNull("config", config);
    }

    /**
     * Names this training run in its log lines ("name: epoch 3: ..."), so that the lines of runs
     * trained side by side can be told apart. Unnamed runs log without a prefix.
     */
    public Trainer named(String name) {
        this.name = Require.nonNull("name", name).isEmpty() ? "" : name + ": ";
        return this;
    }

    /** Writes a checkpoint to {@code file} every {@code everySteps} steps and at the end of every epoch. */
    public Trainer checkpointTo(Path file, long everySteps) {
        this.checkpoint = Require.nonNull("file", file);
        this.checkpointEvery = Require.positive("everySteps", everySteps);
        return this;
    }

    /**
     * Restores network, optimiser and position from {@code file} (written by a trainer built the
     * same way). Does nothing if the file does not exist, so a run can always call it first.
     */
    public Trainer resumeFrom(Path file) {
        if (!Files.exists(file)) {
            return this;
        }
        Map<String, INDArray> in = Checkpoint.read(file);
        List<Parameter> params = network.parameters();
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            INDArray v = in.get(key("param/", i, p));
            if (v == null) {
                throw new IllegalArgumentException("checkpoint = " + file + " is not allowed: it has no parameter " + key("", i, p));
            }
            p.set(v.castTo(p.value().dataType()));
            p.setMask(in.get(key("mask/", i, p)));
            p.setUpdateMask(in.get(key("updatemask/", i, p)));
        }
        if (local != null) {
            local.loadState(in);
        } else {
            optimizer.loadState("optimizer/", in, network.trainableParameters());
        }
        double[] pos = in.get("trainer/position").toDoubleVector();
        epoch = (int) pos[0];
        batchInEpoch = (int) pos[1];
        step = (long) pos[2];
        lossSum = pos[3];
        correct = (long) pos[4];
        seen = (long) pos[5];
        epochSeconds = pos[6];
        history.clear();
        INDArray h = in.get("trainer/history");
        if (h != null) {
            for (int i = 0; i < h.rows(); i++) {
                history.add(EpochResult.fromArray(h.getRow(i).toDoubleVector()));
            }
        }
        Map<String, INDArray> extra = new TreeMap<>();
        for (Map.Entry<String, INDArray> e : in.entrySet()) {
            if (e.getKey().startsWith(EXTRA)) {
                extra.put(e.getKey().substring(EXTRA.length()), e.getValue());
            }
        }
        resumedExtra = Collections.unmodifiableMap(extra);
        LOG.info("{}resumed from {} at epoch {}, batch {}, step {}", name, file, epoch, batchInEpoch, step);
        return this;
    }

    /**
     * The caller's own entries of the checkpoint this trainer last {@link #resumeFrom resumed} from
     * (as given to {@link #saveCheckpoint(Path, Map)}); empty if it resumed from none.
     */
    public Map<String, INDArray> resumedExtra() {
        return resumedExtra;
    }

    /** Writes the current state to {@code file} (atomic). */
    public void saveCheckpoint(Path file) {
        saveCheckpoint(file, Map.of());
    }

    /**
     * Writes the current state and the caller's own records {@code extra} (e.g. per-epoch measurements
     * the trainer does not keep) to {@code file} in one atomic write; a trainer that
     * {@link #resumeFrom resumes} from it returns them from {@link #resumedExtra}.
     */
    public void saveCheckpoint(Path file, Map<String, INDArray> extra) {
        Require.nonNull("extra", extra);
        Map<String, INDArray> out = new TreeMap<>();
        for (Map.Entry<String, INDArray> e : extra.entrySet()) {
            out.put(EXTRA + e.getKey(), e.getValue());
        }
        List<Parameter> params = network.parameters();
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            out.put(key("param/", i, p), p.value());
            if (p.mask() != null) {
                out.put(key("mask/", i, p), p.mask());
            }
            if (p.updateMask() != null) {
                out.put(key("updatemask/", i, p), p.updateMask());
            }
        }
        if (local != null) {
            local.saveState(out);
        } else {
            optimizer.saveState("optimizer/", out, network.trainableParameters());
        }
        out.put("trainer/position", Nd4j.create(new double[] {epoch, batchInEpoch, step, lossSum, correct, seen, epochSeconds},
                new long[] {7}, DataType.DOUBLE));
        if (!history.isEmpty()) {
            double[][] rows = new double[history.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = history.get(i).toArray();
            }
            out.put("trainer/history", Nd4j.create(rows).castTo(DataType.DOUBLE));
        }
        Checkpoint.write(file, out);
    }

    private static String key(String kind, int index, Parameter p) {
        return kind + String.format("%04d", index) + "/" + p.name();
    }

    /** Trains until the configured number of epochs is done and returns one result per epoch. */
    public List<EpochResult> fit(ImageDataset train, ImageDataset test) {
        train(train, test, Long.MAX_VALUE);
        return history();
    }

    /**
     * Trains at most {@code maxSteps} further steps (fewer if the run ends) and returns the number
     * taken; the trainer can continue later, or another trainer can {@link #resumeFrom} its checkpoint.
     */
    public long train(ImageDataset train, ImageDataset test, long maxSteps) {
        Require.nonNull("train", train);
        Require.positive("maxSteps", maxSteps);
        long remaining = (long) (config.epochs() - epoch) * batchesPerEpoch(train) - batchInEpoch;
        try (Progress progress = Progress.auto("training", Math.max(0, Math.min(remaining, maxSteps)))) {
            return train(train, test, maxSteps, progress);
        }
    }

    /**
     * As {@link #train(ImageDataset, ImageDataset, long)}, reporting every step (and the running loss)
     * to {@code progress}, which stays open: for callers that train in many short calls (e.g. between
     * mask updates) under one report of their own.
     */
    public long train(ImageDataset train, ImageDataset test, long maxSteps, Progress progress) {
        Require.nonNull("train", train);
        Require.positive("maxSteps", maxSteps);
        Require.nonNull("progress", progress);
        int n = train.size();
        int perEpoch = batchesPerEpoch(train);
        BatchLoader loader = new BatchLoader(train, network.dataType());
        long taken = 0;
        while (epoch < config.epochs() && taken < maxSteps) {
            int[] order = BatchOrder.permutation(config.seed(), epoch, n);
            double factor = config.schedule().factor(epoch);
            double lr = (local == null ? optimizer.learningRate() : 1.0) * factor;
            long t0 = System.nanoTime();
            while (batchInEpoch < perEpoch && taken < maxSteps) {
                int from = batchInEpoch * config.batchSize();
                int to = Math.min(n, from + config.batchSize());
                Batch b = loader.load(order, from, to);
                double l = local == null ? step(b, lr) : localStep(b, factor);
                lossSum += l * b.size();
                seen += b.size();
                batchInEpoch++;
                taken++;
                progress.step();
                if (taken % 20 == 0) {
                    progress.message(String.format("epoch %d loss %.4f acc %.4f", epoch + 1, lossSum / seen, correct / (double) seen));
                }
                if (checkpoint != null && step % checkpointEvery == 0 && batchInEpoch < perEpoch) {
                    epochSeconds += (System.nanoTime() - t0) * 1e-9;
                    t0 = System.nanoTime();
                    saveCheckpoint(checkpoint);
                }
            }
            epochSeconds += (System.nanoTime() - t0) * 1e-9;
            if (batchInEpoch == perEpoch) {
                finishEpoch(test, lr);
            }
        }
        return taken;
    }

    /** The log line of a finished epoch (1-based, as the log counts epochs), prefixed by the run's {@link #named name}. */
    String epochLine(EpochResult r) {
        return name + "epoch " + (r.epoch() + 1) + ": train loss " + r.trainLoss() + " acc " + r.trainAccuracy() + ", test loss "
                + r.testLoss() + " acc " + r.testAccuracy() + ", " + r.seconds() + " s";
    }

    private int batchesPerEpoch(ImageDataset train) {
        int perEpoch = BatchOrder.batches(train.size(), config.batchSize(), config.dropLast());
        return Require.positive("batches per epoch (training set smaller than the batch with dropLast)", perEpoch);
    }

    private void finishEpoch(ImageDataset test, double lr) {
        Evaluation e = test == null ? new Evaluation(Double.NaN, Double.NaN) : Evaluation.of(network, loss, test, Math.max(config.batchSize(), 256));
        EpochResult r = new EpochResult(epoch, lr, lossSum / seen, correct / (double) seen, e.loss(), e.accuracy(), epochSeconds);
        history.add(r);
        LOG.info("{}", epochLine(r));
        epoch++;
        batchInEpoch = 0;
        lossSum = 0;
        correct = 0;
        seen = 0;
        epochSeconds = 0;
        if (checkpoint != null) {
            saveCheckpoint(checkpoint);
        }
    }

    /**
     * One optimisation step on {@code batch} at learning rate {@code lr}; returns the batch-mean
     * loss. Throws {@link TrainingDivergedException} (step and layer) if the loss is not finite.
     */
    public double step(Batch batch, double lr) {
        Require.positive("learningRate", lr);
        Require.that(local == null, "trainer", "layer-local", "step(batch, lr) trains end to end; use LocalLearning.step");
        INDArray out = network.forward(batch.input(), true);
        gradOutput = AbstractLayer.buffer(gradOutput, out.dataType(), out.shape());
        double l = loss.evaluate(out, batch, gradOutput);
        if (!Double.isFinite(l)) {
            String where = network.firstNonFiniteLayer();
            throw new TrainingDivergedException(step, l, where == null ? "none (the loss itself overflowed)" : where);
        }
        if (batch.labels() != null && out.rank() == 2) {
            correct += Evaluation.correct(out, batch.labels());
        }
        network.backward(gradOutput, false);
        optimizer.finishAndStep(network.trainableParameters(), lr);
        step++;
        return l;
    }

    private double localStep(Batch batch, double factor) {
        double l = local.step(batch, factor);
        if (!Double.isFinite(l)) {
            String where = network.firstNonFiniteLayer();
            throw new TrainingDivergedException(step, l, where == null ? "none (the loss itself overflowed)" : where);
        }
        if (batch.labels() != null && local.lastOutput().rank() == 2) {
            correct += Evaluation.correct(local.lastOutput(), batch.labels());
        }
        step++;
        return l;
    }

    /** Results of the finished epochs. */
    public List<EpochResult> history() {
        return List.copyOf(history);
    }

    /** Global number of steps taken. */
    public long steps() {
        return step;
    }

    /** The 0-based epoch in progress (equals the configured epochs when done). */
    public int epoch() {
        return epoch;
    }

    /** The network being trained. */
    public Sequential network() {
        return network;
    }
}
