package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.LocalObjective;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A hidden layer's pHSIC objective (E1) as core's layer-local objective: the layer's output z
 * (after the nonlinearity) against the batch's label kernel, gradient back-propagated only within
 * the layer ({@link LocalHsicLoss}). It also keeps the running mean of its values, so that a
 * training loop can report the per-epoch mean of each layer's objective.
 */
public final class PhsicObjective implements LocalObjective {
    private final LocalHsicLoss loss;
    private final int classes;
    private double sum;
    private long count;

    /**
     * @param loss    the local loss (kernel, processing, gamma)
     * @param classes number of label classes C of the label kernel
     */
    public PhsicObjective(LocalHsicLoss loss, int classes) {
        this.loss = Require.nonNull("loss", loss);
        Require.that(classes >= 2, "classes", classes, "must be >= 2");
        this.classes = classes;
    }

    public LocalHsicLoss loss() {
        return loss;
    }

    @Override
    public double evaluate(INDArray input, INDArray output, Batch batch, INDArray gradOutput) {
        long b = output.size(0);
        INDArray z = output.rank() == 2 ? output : output.reshape('c', b, output.length() / b);
        INDArray ky = LabelKernel.matrix(batch.labels(), classes, z.dataType());
        LocalHsicLoss.Result r = loss.evaluate(z, ky);
        gradOutput.assign(r.dLdz().reshape(gradOutput.shape()));
        sum += r.loss();
        count++;
        return r.loss();
    }

    /** Mean of the values since the last call (NaN if none), and resets the mean. */
    public double drainMean() {
        double m = count == 0 ? Double.NaN : sum / count;
        sum = 0;
        count = 0;
        return m;
    }
}
