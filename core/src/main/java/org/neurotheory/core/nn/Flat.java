package org.neurotheory.core.nn;

import java.lang.ref.Reference;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.indexer.DoubleRawIndexer;
import org.bytedeco.javacpp.indexer.FloatRawIndexer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row-major element access to a contiguous ND4J array of FLOAT or DOUBLE without a JNI call per
 * element (JavaCPP's raw indexers on the array's memory), and block copies of FLOAT arrays to and
 * from Java arrays. The library's own element-wise kernels (im2col, pooling, batch norm, dropout)
 * are plain loops over these views, or over Java arrays filled by one block copy on the FLOAT fast
 * paths (ReLU, im2col/col2im, the convolution's reorders): single-threaded, so their bytes never
 * depend on a thread count.
 *
 * <p>ND4J frees an array's native memory once the array object is unreachable, and a loop over the
 * raw memory does not keep it reachable: the JIT may drop the last reference to a temporary (a
 * contiguous copy, a gradient returned by the layer above) as soon as its address is taken, and a
 * garbage collection during the loop then frees memory the loop still reads or writes (a crash, or
 * silently wrong numbers). So a view is used inside try-with-resources, and {@link #close} keeps the
 * array reachable up to the end of the block; the block copies here do the same for their array.
 */
abstract class Flat implements AutoCloseable {
    private final INDArray owner;

    private Flat(INDArray owner) {
        this.owner = owner;
    }

    /** Keeps the viewed array, and so its memory, reachable up to this call. */
    @Override
    public final void close() {
        Reference.reachabilityFence(owner);
    }

    abstract double get(int i);

    abstract void set(int i, double v);

    abstract int size();

    static Flat of(INDArray a) {
        requireContiguous(a);
        if (a.dataType() == DataType.FLOAT) {
            FloatPointer p = new FloatPointer(a.data().addressPointer());
            p.capacity(a.length()).limit(a.length());
            return new F(a, new FloatRawIndexer(p), (int) a.length());
        }
        if (a.dataType() == DataType.DOUBLE) {
            DoublePointer p = new DoublePointer(a.data().addressPointer());
            p.capacity(a.length()).limit(a.length());
            return new D(a, new DoubleRawIndexer(p), (int) a.length());
        }
        throw new IllegalArgumentException("data type = " + a.dataType() + " is not allowed: must be FLOAT or DOUBLE");
    }

    /** Throws unless {@code a}'s entries are its buffer's first values in row-major order. */
    static void requireContiguous(INDArray a) {
        if (a.offset() != 0 || a.ordering() != 'c' || a.elementWiseStride() != 1) {
            throw new IllegalStateException("internal: expected a contiguous row-major array, got a view of shape "
                    + Arrays.toString(a.shape()));
        }
    }

    /**
     * The values of the contiguous FLOAT array {@code a} copied in one block into {@code reuse}
     * (or into a new array when {@code reuse} is null or of another length).
     */
    static float[] readFloats(INDArray a, float[] reuse) {
        float[] out = reuse != null && reuse.length == a.length() ? reuse : new float[(int) a.length()];
        floatPointer(a).get(out, 0, out.length);
        Reference.reachabilityFence(a);
        return out;
    }

    /** Copies {@code values} in one block into the contiguous FLOAT array {@code a} of the same length. */
    static void writeFloats(INDArray a, float[] values) {
        if (values.length != a.length()) {
            throw new IllegalStateException("internal: " + values.length + " values for an array of " + a.length());
        }
        floatPointer(a).put(values, 0, values.length);
        Reference.reachabilityFence(a);
    }

    /** Copies {@code length} values of the contiguous FLOAT array {@code a}, from flat index {@code from}, into {@code out[at...]}. */
    static void readFloats(INDArray a, long from, float[] out, int at, int length) {
        requireRange(a, from, length);
        floatPointer(a).position(from).get(out, at, length);
        Reference.reachabilityFence(a);
    }

    /** Copies {@code values[at...at+length)} into the contiguous FLOAT array {@code a} from flat index {@code from}. */
    static void writeFloats(INDArray a, long from, float[] values, int at, int length) {
        requireRange(a, from, length);
        floatPointer(a).position(from).put(values, at, length);
        Reference.reachabilityFence(a);
    }

    private static void requireRange(INDArray a, long from, int length) {
        if (from < 0 || length < 0 || from + length > a.length()) {
            throw new IllegalStateException("internal: " + length + " values from index " + from + " of an array of " + a.length());
        }
    }

    private static FloatPointer floatPointer(INDArray a) {
        if (a.dataType() != DataType.FLOAT || a.offset() != 0 || a.ordering() != 'c' || a.elementWiseStride() != 1) {
            throw new IllegalStateException("internal: expected a contiguous row-major FLOAT array, got "
                    + a.dataType() + " " + Arrays.toString(a.shape()));
        }
        return new FloatPointer(a.data().addressPointer());
    }

    /**
     * {@code a} itself if its entries are the first {@code a.length()} values of its buffer in
     * row-major order (e.g. a reshape of a contiguous array), else a contiguous row-major copy.
     */
    static INDArray contiguous(INDArray a) {
        return a.offset() == 0 && a.ordering() == 'c' && a.elementWiseStride() == 1 ? a : a.dup('c');
    }

    private static final class F extends Flat {
        private final FloatRawIndexer b;
        private final int n;

        F(INDArray owner, FloatRawIndexer b, int n) {
            super(owner);
            this.b = b;
            this.n = n;
        }

        @Override
        double get(int i) {
            return b.get((long) i);
        }

        @Override
        void set(int i, double v) {
            b.put((long) i, (float) v);
        }

        @Override
        int size() {
            return n;
        }
    }

    private static final class D extends Flat {
        private final DoubleRawIndexer b;
        private final int n;

        D(INDArray owner, DoubleRawIndexer b, int n) {
            super(owner);
            this.b = b;
            this.n = n;
        }

        @Override
        double get(int i) {
            return b.get((long) i);
        }

        @Override
        void set(int i, double v) {
            b.put((long) i, v);
        }

        @Override
        int size() {
            return n;
        }
    }
}
