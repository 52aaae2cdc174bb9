package org.neurotheory.core.linalg;

import org.ejml.data.DMatrixRMaj;

/** Loaded in an isolated class loader by {@link MatricesTest}: uses EJML only, mentions Interop. */
public final class LazyNd4jProbe {
    private LazyNd4jProbe() {
    }

    public static double ejmlOnly() {
        DMatrixRMaj m = Matrices.diag(1, 1);
        double[][] rows = Interop.toArray(m);
        return Matrices.gram(Interop.fromArray(rows)).get(0, 0) + rows[1][1];
    }
}
