package org.neurotheory.bioplausible.hsic.model;

import java.util.Optional;
import org.neurotheory.core.Require;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A hidden layer's local pHSIC loss (E1) on its activity z, with the processing chosen by the
 * paper's mode (Sec. 2.5): the kernel on raw z (mode "none"), or on grouped and centred z (modes
 * "grp" and "grp+div"; divisive normalisation itself acts after the loss, in the forward pass).
 * {@link #evaluate} returns the value and {@code dL/dz}, back-propagated only within the layer:
 * kernel, centring, grouping.
 */
public final class LocalHsicLoss {
    private final Kernel kernel;
    private final Grouping grouping;
    private final BottleneckObjective objective;

    private LocalHsicLoss(Kernel kernel, Grouping grouping, BottleneckObjective objective) {
        this.kernel = Require.nonNull("kernel", kernel);
        this.grouping = grouping;
        this.objective = Require.nonNull("objective", objective);
    }

    /** Kernel on the raw activities (mode "none"). */
    public static LocalHsicLoss ungrouped(Kernel kernel, BottleneckObjective objective) {
        return new LocalHsicLoss(kernel, null, objective);
    }

    /** Kernel on grouped, centred activities (modes "grp" and "grp+div"). */
    public static LocalHsicLoss grouped(Kernel kernel, Grouping grouping, BottleneckObjective objective) {
        return new LocalHsicLoss(kernel, Require.nonNull("grouping", grouping), objective);
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The grouping, empty in mode "none". */
    public Optional<Grouping> grouping() {
        return Optional.ofNullable(grouping);
    }

    public BottleneckObjective objective() {
        return objective;
    }

    /**
     * Result of one evaluation.
     *
     * @param loss            L of (E1)
     * @param selfDependence  pHSIC(Z, Z)
     * @param labelDependence pHSIC(Y, Z)
     * @param kernelInput     h, the rows the kernel compared (z itself in mode "none")
     * @param kernelMatrix    K^z, m x m
     * @param dLdz            dL/dz, same shape as z
     */
    public record Result(double loss, double selfDependence, double labelDependence, INDArray kernelInput,
                         INDArray kernelMatrix, INDArray dLdz) {
    }

    /** Evaluates (E1) on activities {@code z} (m x n) against the label kernel {@code ky} (m x m). */
    public Result evaluate(INDArray z, INDArray ky) {
        KernelSupport.requireBatch("z", z);
        KernelSupport.requireSquare("ky", ky, z.rows());
        Grouping.Grouped grouped = grouping == null ? null : grouping.forward(z);
        INDArray h = grouped == null ? z : Centring.apply(grouped.g());
        INDArray k = kernel.matrix(h);
        BottleneckObjective.Evaluation e = objective.evaluate(k, ky);
        INDArray dh = kernel.backward(h, k, e.dLdK());
        INDArray dz = grouped == null ? dh : grouping.backward(grouped, Centring.apply(dh));
        return new Result(e.loss(), e.selfDependence(), e.labelDependence(), h, k, dz);
    }

    @Override
    public String toString() {
        return "LocalHsicLoss[kernel=" + kernel + ", grouping=" + (grouping == null ? "none" : grouping)
                + ", gamma=" + objective.gamma() + "]";
    }
}
