package org.neurotheory.core.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small copies between ND4J arrays and Java arrays used by the losses and the training loop. */
final class Tensors {
    private Tensors() {
    }

    /** The entries of {@code a} in row-major order. */
    static double[] toDoubles(INDArray a) {
        INDArray c = Flat.contiguous(a);
        if (c.dataType() == DataType.FLOAT) {
            float[] f = Flat.readFloats(c, null);
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        double[] all = c.data().asDouble();
        return all.length == c.length() ? all : Arrays.copyOf(all, (int) c.length());
    }

    /** Writes {@code values} (row-major) into {@code dst}. */
    static void assign(INDArray dst, double[] values) {
        if (dst.dataType() == DataType.FLOAT && dst.offset() == 0 && dst.ordering() == 'c' && dst.elementWiseStride() == 1
                && dst.length() == values.length) {
            float[] f = new float[values.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) values[i];
            }
            Flat.writeFloats(dst, f);
            return;
        }
        dst.assign(Nd4j.create(values, dst.shape(), DataType.DOUBLE));
    }

    /** Whether every entry is finite. */
    static boolean allFinite(INDArray a) {
        if (a == null) {
            return true;
        }
        for (double v : toDoubles(a)) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    static String shape(long[] s) {
        return Arrays.toString(s);
    }
}
