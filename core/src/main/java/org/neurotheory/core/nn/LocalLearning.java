package org.neurotheory.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * Layer-local training: every stage is trained by its own {@link LocalObjective} and optimiser,
 * with no gradient crossing between stages, and a readout on top is trained by a loss (its
 * gradient does not reach the stages). Per mini-batch, in order (Pogodin and Latham 2020, the
 * procedure of their code): for each stage, forward, local loss, backward within the stage, one
 * optimiser step; the output computed before that step is passed on to the next stage. Then the
 * readout takes one step on the last output. Every learning rate is multiplied by the schedule's
 * factor. Train with {@link Trainer#Trainer(LocalLearning, TrainingConfig)}.
 */
public final class LocalLearning {
    private final List<LocalStage> stages;
    private final Sequential readout;
    private final Loss loss;
    private final Optimizer readoutOptimizer;
    private final Sequential network;
    private final double[] lastLocalLosses;
    private INDArray[] grads;
    private INDArray readoutGrad;
    private INDArray lastOutput;

    /**
     * @param stages           the locally trained (or frozen) stages, input first
     * @param readout          the readout network
     * @param loss             the readout's loss
     * @param readoutOptimizer the readout's optimiser
     */
    public LocalLearning(List<LocalStage> stages, Sequential readout, Loss loss, Optimizer readoutOptimizer) {
        this.stages = List.copyOf(Require.nonNull("stages", stages));
        this.readout = Require.nonNull("readout", readout);
        this.loss = Require.nonNull("loss", loss);
        this.readoutOptimizer = Require.nonNull("readoutOptimizer", readoutOptimizer);
        List<Layer> all = new ArrayList<>();
        for (LocalStage s : this.stages) {
            all.add(s.body());
        }
        all.add(readout);
        this.network = new Sequential(null, all);
        this.lastLocalLosses = new double[this.stages.size()];
        this.grads = new INDArray[this.stages.size()];
    }

    /** The whole network (stages then readout), for evaluation and checkpoints. */
    public Sequential network() {
        return network;
    }

    /** The readout loss. */
    public Loss loss() {
        return loss;
    }

    /** The stages. */
    public List<LocalStage> stages() {
        return stages;
    }

    /** The local objective values of the last step, one per stage (NaN for frozen stages). */
    public double[] lastLocalLosses() {
        return lastLocalLosses.clone();
    }

    /** The readout output of the last step. */
    INDArray lastOutput() {
        return lastOutput;
    }

    /** One step on {@code batch} with every learning rate multiplied by {@code factor}; returns the readout loss. */
    public double step(Batch batch, double factor) {
        Require.positive("factor", factor);
        INDArray x = batch.input();
        for (int i = 0; i < stages.size(); i++) {
            LocalStage s = stages.get(i);
            INDArray out = s.body().forward(x, true);
            if (s.trained()) {
                grads[i] = AbstractLayer.buffer(grads[i], out.dataType(), out.shape());
                lastLocalLosses[i] = s.objective().evaluate(x, out, batch, grads[i]);
                if (!Double.isFinite(lastLocalLosses[i])) {
                    throw new TrainingDivergedException(-1, lastLocalLosses[i], s.body().name() + " (local objective)");
                }
                s.body().backward(grads[i], false);
                List<Parameter> ps = trainable(s.body());
                for (Parameter p : ps) {
                    p.finishGradient();
                }
                s.optimizer().step(ps, s.optimizer().learningRate() * factor);
            } else {
                lastLocalLosses[i] = Double.NaN;
            }
            x = out;
        }
        INDArray out = readout.forward(x, true);
        lastOutput = out;
        readoutGrad = AbstractLayer.buffer(readoutGrad, out.dataType(), out.shape());
        double l = loss.evaluate(out, batch, readoutGrad);
        if (!Double.isFinite(l)) {
            return l;
        }
        readout.backward(readoutGrad, false);
        readout.finishGradients();
        readoutOptimizer.step(readout.trainableParameters(), readoutOptimizer.learningRate() * factor);
        return l;
    }

    void saveState(Map<String, INDArray> out) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).trained()) {
                stages.get(i).optimizer().saveState("optimizer/stage" + i + "/", out, trainable(stages.get(i).body()));
            }
        }
        readoutOptimizer.saveState("optimizer/readout/", out, readout.trainableParameters());
    }

    void loadState(Map<String, INDArray> in) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).trained()) {
                stages.get(i).optimizer().loadState("optimizer/stage" + i + "/", in, trainable(stages.get(i).body()));
            }
        }
        readoutOptimizer.loadState("optimizer/readout/", in, readout.trainableParameters());
    }

    private static List<Parameter> trainable(Layer l) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : l.parameters()) {
            if (p.trainable()) {
                out.add(p);
            }
        }
        return out;
    }
}
