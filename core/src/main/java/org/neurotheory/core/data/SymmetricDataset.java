package org.neurotheory.core.data;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;

/**
 * Symmetrised datasets: for every sample {@code (x, y)} also {@code (-x, -y)} (odd target,
 * the "symmetric data" under which bias-free ReLU networks learn like linear networks) or
 * {@code (-x, y)} (even target). Rows 0..P-1 are the originals, rows P..2P-1 their mirrors.
 */
public final class SymmetricDataset {
    private SymmetricDataset() {
    }

    /** Which label the mirrored input gets. */
    public enum Parity { ODD, EVEN }

    /** The inputs {@code [X; -X]} (2P x d). */
    public static DMatrixRMaj mirrorInputs(DMatrixRMaj x) {
        return stack(x, -1);
    }

    /** The labels {@code [Y; -Y]} (odd) or {@code [Y; Y]} (even). */
    public static DMatrixRMaj mirrorLabels(DMatrixRMaj y, Parity parity) {
        Require.nonNull("parity", parity);
        return stack(y, parity == Parity.ODD ? -1 : 1);
    }

    private static DMatrixRMaj stack(DMatrixRMaj m, double sign) {
        Require.nonNull("matrix", m);
        DMatrixRMaj out = new DMatrixRMaj(2 * m.numRows, m.numCols);
        int n = m.data.length;
        System.arraycopy(m.data, 0, out.data, 0, n);
        for (int i = 0; i < n; i++) {
            out.data[n + i] = sign * m.data[i];
        }
        return out;
    }
}
