package org.neurotheory.core.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;

/**
 * A tensor of a layer: the trained value psi, its gradient, and optionally a reparameterisation
 * w = f(psi) and a mask M. The forward pass uses the effective weight {@link #effective()} =
 * f(psi) * M; a layer's backward pass writes dL/dw into {@link #gradient()}, and
 * {@link #finishGradient()} turns it into dL/dpsi = dL/dw * f'(psi) * M. Masked entries therefore
 * stay exactly zero in the forward pass and receive zero gradient.
 *
 * <p>An optional update mask U ({@link #setUpdateMask}) separates the entries the optimiser may
 * change from the entries the forward pass uses: with U set, dL/dpsi = dL/dw * f'(psi) * U (the
 * gradient reaches masked-out forward entries straight through, as Top-KAST's backward set B
 * contains its forward set A), and the optimisers leave entries with U = 0 bit-identical (no
 * weight decay, no momentum), as EfficientPackNet freezes the weights of earlier tasks.
 *
 * <p>Untrained buffers (batch-norm running statistics) are parameters with {@code trainable() ==
 * false}: they are checkpointed but never touched by an optimiser.
 */
public final class Parameter {
    private final Layer owner;
    private final String localName;
    private final boolean trainable;
    private INDArray value;
    private INDArray gradient;
    private Reparameterisation reparameterisation;
    private INDArray mask;
    private INDArray updateMask;
    private INDArray effective;
    private INDArray scratch;
    private boolean stale = true;

    /**
     * @param owner     the layer holding it (its name prefixes this parameter's name)
     * @param localName e.g. {@code weight}
     * @param value     initial value (owned from now on)
     * @param trainable whether optimisers update it
     */
    public Parameter(Layer owner, String localName, INDArray value, boolean trainable) {
        this.owner = Require.nonNull("owner", owner);
        this.localName = Require.nonNull("localName", localName);
        this.value = Require.nonNull("value", value);
        this.trainable = trainable;
        this.gradient = trainable ? Nd4j.create(value.dataType(), value.shape()) : null;
    }

    /** Name, {@code <layer>.<local name>}, unique within a network. */
    public String name() {
        return owner.name() + "." + localName;
    }

    /** The layer holding this parameter. */
    public Layer owner() {
        return owner;
    }

    /** Whether optimisers update this tensor. */
    public boolean trainable() {
        return trainable;
    }

    /** The trained tensor psi (equal to the weight when there is no reparameterisation). */
    public INDArray value() {
        return value;
    }

    /** dL/dpsi after {@link #finishGradient()}; dL/dw between a backward pass and that call. */
    public INDArray gradient() {
        return gradient;
    }

    /** Shape of the tensor. */
    public long[] shape() {
        return value.shape();
    }

    /** The weight the forward pass uses: f(psi) * M, recomputed after {@link #markUpdated()}. */
    public INDArray effective() {
        if (reparameterisation == null && mask == null) {
            return value;
        }
        if (stale) {
            if (effective == null || effective.dataType() != value.dataType()) {
                effective = Nd4j.create(value.dataType(), value.shape());
                scratch = Nd4j.create(value.dataType(), value.shape());
            }
            if (reparameterisation != null) {
                reparameterisation.apply(value, effective, scratch);
            } else {
                effective.assign(value);
            }
            if (mask != null) {
                effective.muli(mask);
            }
            stale = false;
        }
        return effective;
    }

    /**
     * Applies the chain rule of the reparameterisation and the update mask (else the forward mask)
     * to the gradient, in place.
     */
    public void finishGradient() {
        if (gradient == null) {
            return;
        }
        if (reparameterisation != null) {
            effective();
            reparameterisation.chain(value, scratch, gradient);
        }
        INDArray m = updateMask != null ? updateMask : mask;
        if (m != null) {
            gradient.muli(m);
        }
    }

    /**
     * One plain SGD step (psi = psi - lr (dL/dpsi + lambda psi)) fused with {@link #finishGradient()}
     * and the next forward map, in one pass, when the reparameterisation offers one
     * ({@link Reparameterisation#sgdStep}) and no update mask is set; the effective weight is then
     * current and the gradient still holds dL/dw. Returns {@code false}, having changed nothing,
     * otherwise. Called between a backward pass and the step instead of {@link #finishGradient()}.
     */
    boolean fusedSgdStep(double learningRate, double weightDecay) {
        if (gradient == null || reparameterisation == null || updateMask != null) {
            return false;
        }
        INDArray w = effective();
        if (!reparameterisation.sgdStep(value, gradient, mask, learningRate, weightDecay, w)) {
            return false;
        }
        stale = false;
        return true;
    }

    /** Tells the parameter that its value changed (optimiser step, loading), so the effective weight is recomputed. */
    public void markUpdated() {
        stale = true;
    }

    /**
     * Trains psi with w = f(psi) from now on, keeping the current effective weight: psi is set to
     * f^-1(w) (for Powerprop, psi0 = sign(w0)|w0|^(1/alpha), so w0 is unchanged).
     */
    public Parameter reparameterise(Reparameterisation f) {
        Require.nonNull("reparameterisation", f);
        Require.that(trainable, "parameter", name(), "must be trainable to be reparameterised");
        INDArray w = effective().dup();
        reparameterisation = f;
        f.invert(w, value);
        stale = true;
        return this;
    }

    /** The reparameterisation, or {@code null}. */
    public Reparameterisation reparameterisation() {
        return reparameterisation;
    }

    /**
     * Fixes the entries where {@code mask} is 0 at zero (forward and backward) until the mask is
     * changed; {@code null} removes the mask. The mask is copied; entries must be 0 or 1.
     */
    public Parameter setMask(INDArray mask) {
        this.mask = checkedMask("mask", mask);
        stale = true;
        return this;
    }

    /** The mask (1 = free, 0 = fixed at zero), or {@code null}. */
    public INDArray mask() {
        return mask;
    }

    /**
     * Restricts training to the entries where {@code updateMask} is 1, independently of the forward
     * mask: the gradient is multiplied by it instead of by the forward mask, and optimisers leave
     * the other entries unchanged. {@code null} removes it (the forward mask then governs the
     * gradient again). Copied; entries must be 0 or 1.
     */
    public Parameter setUpdateMask(INDArray updateMask) {
        this.updateMask = checkedMask("updateMask", updateMask);
        return this;
    }

    /** The update mask (1 = trained, 0 = frozen), or {@code null}. */
    public INDArray updateMask() {
        return updateMask;
    }

    private INDArray checkedMask(String what, INDArray m) {
        if (m == null) {
            return null;
        }
        Require.that(Arrays.equals(m.shape(), value.shape()), what + " shape", Arrays.toString(m.shape()),
                "must equal the shape of " + name() + ", " + Arrays.toString(value.shape()));
        INDArray copy = m.castTo(value.dataType()).dup();
        double bad = copy.mul(copy.rsub(1.0)).amaxNumber().doubleValue();
        Require.that(bad == 0, what, "entries other than 0 and 1", "must contain only 0 and 1");
        return copy;
    }

    /** Replaces the value by a copy of {@code newValue} (same shape), e.g. when loading a checkpoint. */
    public void set(INDArray newValue) {
        Require.that(Arrays.equals(newValue.shape(), value.shape()), name() + " shape", Arrays.toString(newValue.shape()),
                "must equal " + Arrays.toString(value.shape()));
        value.assign(newValue);
        stale = true;
    }

    /** Converts value, gradient and mask to {@code type} (e.g. DOUBLE for gradient checks). */
    public void castTo(DataType type) {
        if (value.dataType() == type) {
            return;
        }
        value = value.castTo(type).dup();
        if (gradient != null) {
            gradient = Nd4j.create(type, value.shape());
        }
        if (mask != null) {
            mask = mask.castTo(type).dup();
        }
        if (updateMask != null) {
            updateMask = updateMask.castTo(type).dup();
        }
        effective = null;
        scratch = null;
        stale = true;
    }

    @Override
    public String toString() {
        return name() + Arrays.toString(value.shape()) + (reparameterisation == null ? "" : " " + reparameterisation)
                + (mask == null ? "" : " masked") + (updateMask == null ? "" : " update-masked");
    }
}
