package org.neurotheory.core.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Base of the library's layers: a name (given, or assigned by {@link Sequential} from the
 * position and kind, e.g. {@code 2:dense}) and reusable output buffers that are reallocated only
 * when the batch shape or data type changes (the training loop allocates nothing per step).
 */
public abstract class AbstractLayer implements Layer {
    private String name;

    /** @param name the layer's name, or {@code null} to let the enclosing {@link Sequential} name it */
    protected AbstractLayer(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name == null ? kind() : name;
    }

    /** Short kind used in default names ({@code dense}, {@code conv2d}, ...). */
    protected abstract String kind();

    void nameIfUnnamed(String generated) {
        if (name == null) {
            name = generated;
        }
    }

    /** A buffer of {@code shape} and {@code type}: {@code current} if it already fits, else a new zeroed one. */
    protected static INDArray buffer(INDArray current, DataType type, long... shape) {
        if (current != null && current.dataType() == type && Arrays.equals(current.shape(), shape)) {
            return current;
        }
        return Nd4j.create(type, shape);
    }

    /** The message for an input of the wrong per-sample shape. */
    protected IllegalArgumentException shapeMismatch(String expected, long[] given) {
        return new IllegalArgumentException("layer '" + name() + "' expects input of shape " + expected
                + " per sample but got " + Arrays.toString(given));
    }

    /** Per-sample shape of a batch array (its shape without the first dimension). */
    protected static long[] sampleShape(INDArray batch) {
        return Arrays.copyOfRange(batch.shape(), 1, batch.rank());
    }

    /** Checks a batch against {@link #outputShape} (which throws on a mismatch) and returns the batch size. */
    protected long checkInput(INDArray input) {
        if (input.rank() < 2) {
            throw new IllegalArgumentException("layer '" + name() + "' expects a batch [batch, ...] but got shape "
                    + Arrays.toString(input.shape()));
        }
        outputShape(sampleShape(input));
        return input.size(0);
    }

    @Override
    public String toString() {
        return name();
    }
}
