package org.neurotheory.core.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.indexer.DoubleRawIndexer;
import org.bytedeco.javacpp.indexer.FloatRawIndexer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row-major element access to a contiguous ND4J array of FLOAT or DOUBLE without a JNI call per
 * element (JavaCPP's raw indexers on the array's memory). The library's own element-wise kernels (im2col,
 * pooling, batch norm, dropout) are plain loops over these views: single-threaded, so their
 * bytes never depend on a thread count.
 */
abstract class Flat {
    abstract double get(int i);

    abstract void set(int i, double v);

    abstract int size();

    static Flat of(INDArray a) {
        if (a.offset() != 0 || a.ordering() != 'c' || a.elementWiseStride() != 1) {
            throw new IllegalStateException("internal: expected a contiguous row-major array, got a view of shape "
                    + java.util.Arrays.toString(a.shape()));
        }
        if (a.dataType() == DataType.FLOAT) {
            FloatPointer p = new FloatPointer(a.data().addressPointer());
            p.capacity(a.length()).limit(a.length());
            return new F(new FloatRawIndexer(p), (int) a.length());
        }
        if (a.dataType() == DataType.DOUBLE) {
            DoublePointer p = new DoublePointer(a.data().addressPointer());
            p.capacity(a.length()).limit(a.length());
            return new D(new DoubleRawIndexer(p), (int) a.length());
        }
        throw new IllegalArgumentException("data type = " + a.dataType() + " is not allowed: must be FLOAT or DOUBLE");
    }

    /**
     * The values of the contiguous FLOAT array {@code a} copied in one block into {@code reuse}
     * (or into a new array when {@code reuse} is null or of another length).
     */
    static float[] readFloats(INDArray a, float[] reuse) {
        float[] out = reuse != null && reuse.length == a.length() ? reuse : new float[(int) a.length()];
        floatPointer(a).get(out, 0, out.length);
        return out;
    }

    /** Copies {@code values} in one block into the contiguous FLOAT array {@code a} of the same length. */
    static void writeFloats(INDArray a, float[] values) {
        if (values.length != a.length()) {
            throw new IllegalStateException("internal: " + values.length + " values for an array of " + a.length());
        }
        floatPointer(a).put(values, 0, values.length);
    }

    private static FloatPointer floatPointer(INDArray a) {
        if (a.dataType() != DataType.FLOAT || a.offset() != 0 || a.ordering() != 'c' || a.elementWiseStride() != 1) {
            throw new IllegalStateException("internal: expected a contiguous row-major FLOAT array, got "
                    + a.dataType() + " " + java.util.Arrays.toString(a.shape()));
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

        F(FloatRawIndexer b, int n) {
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

        D(DoubleRawIndexer b, int n) {
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
