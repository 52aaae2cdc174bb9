package org.neurotheory.core.linalg;

import org.ejml.data.DMatrixRMaj;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one boundary between EJML, ND4J and plain arrays. ND4J is touched only inside these
 * methods, so code that never calls them never pays ND4J's start-up (class loading is lazy).
 */
public final class Interop {
    private Interop() {
    }

    /** An ND4J double matrix with the same entries. */
    public static INDArray toNd4j(DMatrixRMaj m) {
        return Nd4j.create(m.data.clone(), new long[] {m.numRows, m.numCols}, DataType.DOUBLE);
    }

    /** An ND4J float matrix with the same entries (rounded to float32). */
    public static INDArray toNd4jFloat(DMatrixRMaj m) {
        float[] f = new float[m.numRows * m.numCols];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) m.data[i];
        }
        return Nd4j.create(f, new long[] {m.numRows, m.numCols}, 'c');
    }

    /** An EJML matrix with the entries of a rank-2 ND4J array. */
    public static DMatrixRMaj fromNd4j(INDArray a) {
        if (a.rank() != 2) {
            throw new IllegalArgumentException("a.rank = " + a.rank() + " is not allowed: must be 2");
        }
        int rows = (int) a.rows();
        int cols = (int) a.columns();
        double[] data = a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        return DMatrixRMaj.wrap(rows, cols, data);
    }

    /** Rows of an EJML matrix as {@code double[][]}. */
    public static double[][] toArray(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, out[i], 0, m.numCols);
        }
        return out;
    }

    /** An EJML matrix from rows (copied). */
    public static DMatrixRMaj fromArray(double[][] rows) {
        return new DMatrixRMaj(rows);
    }
}
