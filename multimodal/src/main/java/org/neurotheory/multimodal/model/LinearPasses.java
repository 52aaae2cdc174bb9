package org.neurotheory.multimodal.model;

/**
 * The two vector passes that give the end-to-end weights and the exact gradient of a linear
 * fusion network from the data moments, with preallocated buffers (not thread-safe; one per run).
 *
 * <p>Top-down, {@code a(M)} is the row vector product of every layer above matrix M, so that
 * {@code W_m^tot = a(W_m^1) W_m^1}. Bottom-up, {@code z(M)} is the chain of layers below M applied
 * to the error correlation {@code e = Sigma_yx - W^tot Sigma} (paper Eq. (3)). The descent
 * direction of M is then the rank-one {@code -dL/dM = a(M)^T z(M)^T}. Cost O(#parameters).
 */
final class LinearPasses {
    private final FusionNetwork net;
    private final FusionArchitecture arch;
    /** aboveShared[l]: product of layers L..l+1 (length outputsOf(l)), for L_f <= l <= L. */
    private final double[][] aboveShared;
    /** aboveBranch[m][l]: product above W_m^l (length outputsOf(l)), for 1 <= l <= L_f. */
    private final double[][][] aboveBranch;
    /** belowBranch[m][l]: W_m^l..W_m^1 e_m (length outputsOf(l)); index 0 is e_m itself. */
    private final double[][][] belowBranch;
    /** belowShared[l]: W^l..W^{L_f} applied below (length outputsOf(l)), for L_f <= l <= L. */
    private final double[][] belowShared;

    LinearPasses(FusionNetwork net) {
        this.net = net;
        this.arch = net.architecture();
        int depth = arch.depth();
        int lf = arch.fusion();
        aboveShared = new double[depth + 1][];
        belowShared = new double[depth + 1][];
        for (int l = lf; l <= depth; l++) {
            aboveShared[l] = new double[arch.outputsOf(l)];
            belowShared[l] = new double[arch.outputsOf(l)];
        }
        aboveBranch = new double[2][lf + 1][];
        belowBranch = new double[2][lf + 1][];
        for (int m = 0; m < 2; m++) {
            belowBranch[m][0] = new double[net.dim(m)];
            for (int l = 1; l <= lf; l++) {
                aboveBranch[m][l] = l == lf ? aboveShared[lf] : new double[arch.outputsOf(l)];
                belowBranch[m][l] = new double[arch.outputsOf(l)];
            }
        }
    }

    /** Writes {@code [W_A^tot, W_B^tot]} into out (length D) and fills the top-down buffers. */
    void totals(double[] theta, double[] out) {
        int depth = arch.depth();
        int lf = arch.fusion();
        aboveShared[depth][0] = 1;
        for (int l = depth; l > lf; l--) {
            rowTimes(aboveShared[l], theta, net.sharedOffset(l), arch.hidden(), aboveShared[l - 1]);
        }
        for (int m = 0; m < 2; m++) {
            for (int l = lf; l > 1; l--) {
                rowTimes(aboveBranch[m][l], theta, net.branchOffset(m, l), arch.hidden(), aboveBranch[m][l - 1]);
            }
            int dm = net.dim(m);
            int shift = m == 0 ? 0 : arch.dimA();
            double[] a = aboveBranch[m][1];
            int off = net.branchOffset(m, 1);
            for (int j = 0; j < dm; j++) {
                out[shift + j] = 0;
            }
            for (int i = 0; i < a.length; i++) {
                double ai = a[i];
                int row = off + i * dm;
                for (int j = 0; j < dm; j++) {
                    out[shift + j] += ai * theta[row + j];
                }
            }
        }
    }

    /**
     * Given e (length D) and the top-down buffers of the same theta (call {@link #totals} first),
     * writes the descent direction {@code -dL/dtheta} into dir.
     */
    void descent(double[] theta, double[] e, double[] dir) {
        int lf = arch.fusion();
        System.arraycopy(e, 0, belowBranch[0][0], 0, arch.dimA());
        System.arraycopy(e, arch.dimA(), belowBranch[1][0], 0, arch.dimB());
        for (int m = 0; m < 2; m++) {
            for (int l = 1; l <= lf; l++) {
                int nIn = net.inputsOf(m, l);
                int off = net.branchOffset(m, l);
                double[] z = belowBranch[m][l - 1];
                outer(aboveBranch[m][l], z, dir, off);
                matTimes(theta, off, arch.outputsOf(l), nIn, z, belowBranch[m][l]);
            }
        }
        double[] fused = belowShared[lf];
        for (int i = 0; i < fused.length; i++) {
            fused[i] = belowBranch[0][lf][i] + belowBranch[1][lf][i];
        }
        for (int l = lf + 1; l <= arch.depth(); l++) {
            int off = net.sharedOffset(l);
            outer(aboveShared[l], belowShared[l - 1], dir, off);
            if (l < arch.depth()) {
                matTimes(theta, off, arch.outputsOf(l), arch.hidden(), belowShared[l - 1], belowShared[l]);
            }
        }
    }

    /** out = a * M, M = theta[off..] (a.length x cols). */
    private static void rowTimes(double[] a, double[] theta, int off, int cols, double[] out) {
        for (int j = 0; j < cols; j++) {
            out[j] = 0;
        }
        for (int i = 0; i < a.length; i++) {
            double ai = a[i];
            int row = off + i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += ai * theta[row + j];
            }
        }
    }

    /** out = M z, M = theta[off..] (rows x cols). */
    private static void matTimes(double[] theta, int off, int rows, int cols, double[] z, double[] out) {
        for (int i = 0; i < rows; i++) {
            double s = 0;
            int row = off + i * cols;
            for (int j = 0; j < cols; j++) {
                s += theta[row + j] * z[j];
            }
            out[i] = s;
        }
    }

    /** dir[off..] = a z^T. */
    private static void outer(double[] a, double[] z, double[] dir, int off) {
        int cols = z.length;
        for (int i = 0; i < a.length; i++) {
            double ai = a[i];
            int row = off + i * cols;
            for (int j = 0; j < cols; j++) {
                dir[row + j] = ai * z[j];
            }
        }
    }
}
