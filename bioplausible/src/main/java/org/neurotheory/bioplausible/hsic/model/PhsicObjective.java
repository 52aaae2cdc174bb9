package org.neurotheory.bioplausible.hsic.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.nn.Batch;
import org.neurotheory.core.nn.LocalObjective;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A hidden layer's pHSIC objective (E1) as core's layer-local objective: the layer's output z
 * (after the nonlinearity) against the batch's label kernel, gradient back-propagated only within
 * the layer ({@link LocalHsicLoss}). It also keeps the running mean of its values, so that a
 * training loop can report the per-epoch mean of each layer's objective.
 *
 * <p>Float32 outputs with the Gaussian or cosine kernel go through a float path that reuses its
 * arrays from batch to batch and reads the batch's centred label kernel from a
 * {@link BatchLabelKernel} shared by the layers of a network (computed once per batch); the result
 * equals {@link LocalHsicLoss#evaluate} to float32 rounding. Other data types and kernels use
 * {@link LocalHsicLoss#evaluate} itself.
 */
public final class PhsicObjective implements LocalObjective {
    private final LocalHsicLoss loss;
    private final int classes;
    private final BatchLabelKernel labelKernel;
    private final FloatLossWorkspace workspace;
    private double sum;
    private long count;

    /**
     * @param loss    the local loss (kernel, processing, gamma)
     * @param classes number of label classes C of the label kernel
     */
    public PhsicObjective(LocalHsicLoss loss, int classes) {
        this(loss, new BatchLabelKernel(classes));
    }

    /**
     * @param loss        the local loss (kernel, processing, gamma)
     * @param labelKernel the batch's label kernel, shared by the objectives of all layers of a network
     */
    public PhsicObjective(LocalHsicLoss loss, BatchLabelKernel labelKernel) {
        this.loss = Require.nonNull("loss", loss);
        this.labelKernel = Require.nonNull("labelKernel", labelKernel);
        this.classes = labelKernel.classes();
        this.workspace = FloatLossWorkspace.supports(loss) ? new FloatLossWorkspace(loss) : null;
    }

    public LocalHsicLoss loss() {
        return loss;
    }

    @Override
    public double evaluate(INDArray input, INDArray output, Batch batch, INDArray gradOutput) {
        long b = output.size(0);
        INDArray z = output.rank() == 2 ? output : output.reshape('c', b, output.length() / b);
        double value;
        if (workspace != null && z.dataType() == DataType.FLOAT && gradOutput.dataType() == DataType.FLOAT
                && contiguous(z) && contiguous(gradOutput)) {
            value = workspace.evaluate(z, labelKernel.centred(batch.labels()), gradOutput);
        } else {
            INDArray ky = LabelKernel.matrix(batch.labels(), classes, z.dataType());
            LocalHsicLoss.Result r = loss.evaluate(z, ky);
            gradOutput.assign(r.dLdz().reshape(gradOutput.shape()));
            value = r.loss();
        }
        sum += value;
        count++;
        return value;
    }

    private static boolean contiguous(INDArray a) {
        return a.offset() == 0 && a.ordering() == 'c' && a.elementWiseStride() == 1;
    }

    /** Mean of the values since the last call (NaN if none), and resets the mean. */
    public double drainMean() {
        double m = count == 0 ? Double.NaN : sum / count;
        sum = 0;
        count = 0;
        return m;
    }
}
