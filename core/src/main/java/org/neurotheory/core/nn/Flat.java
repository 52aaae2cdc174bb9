package org.neurotheory.core.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row-major element access to a contiguous ND4J array of FLOAT or DOUBLE without a JNI call per
 * element (a direct NIO view of its memory). The library's own element-wise kernels (im2col,
 * pooling, batch norm, dropout) are plain loops over these views: single-threaded, so their
 * bytes never depend on a thread count.
 */
abstract class Flat {
    abstract double get(int i);

    abstract void set(int i, double v);

    abstract int size();

    static Flat of(INDArray a) {
        if (a.isView() || a.ordering() != 'c') {
            throw new IllegalStateException("internal: expected a contiguous row-major array, got a view of shape "
                    + java.util.Arrays.toString(a.shape()));
        }
        if (a.dataType() == DataType.FLOAT) {
            return new F(a.data().asNioFloat(), (int) a.length());
        }
        if (a.dataType() == DataType.DOUBLE) {
            return new D(a.data().asNioDouble(), (int) a.length());
        }
        throw new IllegalArgumentException("data type = " + a.dataType() + " is not allowed: must be FLOAT or DOUBLE");
    }

    /** A contiguous row-major copy of {@code a} if it is a view or column-major, else {@code a}. */
    static INDArray contiguous(INDArray a) {
        return a.isView() || a.ordering() != 'c' ? a.dup('c') : a;
    }

    private static final class F extends Flat {
        private final FloatBuffer b;
        private final int n;

        F(FloatBuffer b, int n) {
            this.b = b;
            this.n = n;
        }

        @Override
        double get(int i) {
            return b.get(i);
        }

        @Override
        void set(int i, double v) {
            b.put(i, (float) v);
        }

        @Override
        int size() {
            return n;
        }
    }

    private static final class D extends Flat {
        private final DoubleBuffer b;
        private final int n;

        D(DoubleBuffer b, int n) {
            this.b = b;
            this.n = n;
        }

        @Override
        double get(int i) {
            return b.get(i);
        }

        @Override
        void set(int i, double v) {
            b.put(i, v);
        }

        @Override
        int size() {
            return n;
        }
    }
}
