package org.neurotheory.sparsity.model;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;

/**
 * A direct view of a contiguous float32 ND4J array's memory, for the element-wise loops of this package (no copies).
 * The view does not keep the array reachable, and ND4J frees the memory of an unreachable array: the caller
 * holds the array and calls {@code Reference.reachabilityFence} on it after its last use of the view.
 */
final class FloatView {
    private FloatView() {
    }

    static FloatBuffer of(INDArray a) {
        Require.that(a.dataType() == DataType.FLOAT && a.offset() == 0 && a.ordering() == 'c' && a.elementWiseStride() == 1,
                "array", a.dataType() + " " + Arrays.toString(a.shape()), "must be a contiguous float32 array");
        FloatPointer p = new FloatPointer(a.data().addressPointer());
        p.capacity(a.length()).limit(a.length());
        return p.asBuffer();
    }
}
