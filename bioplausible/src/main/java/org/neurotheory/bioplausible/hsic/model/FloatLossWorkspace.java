package org.neurotheory.bioplausible.hsic.model;

import java.lang.ref.Reference;
import java.util.Arrays;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.neurotheory.core.linalg.OpenBlasThreads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The float32 training path of {@link LocalHsicLoss} for the paper's two activity kernels
 * (Gaussian, cosine): the same computation (grouping, centring, kernel, (E1) and (E2), backward
 * within the layer; Sec. 2.5-2.7) on Java float arrays allocated at the first batch of a shape and
 * reused for every later batch of that shape, with the two products of the kernel part (the Gram
 * matrix {@code h h^T} as a symmetric rank-d update, and {@code (dL/dK + dL/dK^T) h}) through
 * OpenBLAS on native buffers owned here. The label side arrives as the batch's centred label kernel
 * ({@link BatchLabelKernel}), computed once for all layers. Sums over the m^2 kernel entries
 * (the means, pHSIC values and the loss) accumulate in double. Not thread-safe: one workspace per
 * layer objective.
 */
final class FloatLossWorkspace {
    private final boolean gaussian;
    private final float expScale;
    private final Grouping grouping;
    private final float gamma;
    private int m = -1;
    private int n = -1;
    private int d;
    private float[] z;
    private float[] centred;
    private float[] groupFactor;
    private float[] h;
    private float[] norms;
    private float[] k;
    private float[] s;
    private float[] rowSum;
    private float[] product;
    private float[] dh;
    private FloatPointer hNative;
    private FloatPointer squareNative;
    private FloatPointer productNative;
    private double self;
    private double label;

    FloatLossWorkspace(LocalHsicLoss loss) {
        if (!supports(loss)) {
            throw new IllegalArgumentException("kernel = " + loss.kernel() + " is not allowed: the float path covers the Gaussian and cosine kernels");
        }
        this.gaussian = loss.kernel() instanceof GaussianKernel;
        double sigma = gaussian ? ((GaussianKernel) loss.kernel()).sigma() : 1;
        this.expScale = (float) (-1.0 / (2 * sigma * sigma));
        this.grouping = loss.grouping().orElse(null);
        this.gamma = (float) loss.objective().gamma();
    }

    /** Whether {@code loss} has a kernel this path implements (Gaussian or cosine). */
    static boolean supports(LocalHsicLoss loss) {
        return loss.kernel() instanceof GaussianKernel || loss.kernel() instanceof CosineKernel;
    }

    /** pHSIC(Z, Z) of the last evaluation. */
    double selfDependence() {
        return self;
    }

    /** pHSIC(Y, Z) of the last evaluation. */
    double labelDependence() {
        return label;
    }

    /**
     * (E1) of the contiguous FLOAT activities {@code zArray} (m x n) against the centred label
     * kernel {@code labelCentred} (m x m); writes {@code dL/dz} into the contiguous FLOAT array
     * {@code gradOut} (m x n) and returns L.
     */
    double evaluate(INDArray zArray, float[] labelCentred, INDArray gradOut) {
        int rows = (int) zArray.rows();
        int cols = (int) zArray.columns();
        if (labelCentred.length != rows * rows) {
            throw new IllegalArgumentException("label kernel length = " + labelCentred.length + " is not allowed: must be "
                    + rows + " x " + rows);
        }
        if (grouping != null) {
            GroupStatistics.requireDivides(grouping.groups(), cols);
        }
        shape(rows, cols);
        floats(zArray).get(z, 0, m * n);
        // the copy read raw memory: keep the array, and so its memory, reachable until it is done
        Reference.reachabilityFence(zArray);
        float[] in = grouping == null ? z : groupAndCentre();
        if (gaussian) {
            gaussianMatrix(in);
        } else {
            cosineMatrix(in);
        }
        objective(labelCentred);
        if (gaussian) {
            gaussianBackward(in);
        } else {
            cosineBackward();
        }
        float[] out = grouping == null ? dh : ungroup();
        floats(gradOut).put(out, 0, m * n);
        Reference.reachabilityFence(gradOut);
        return self - gamma * label;
    }

    private static FloatPointer floats(INDArray a) {
        if (a.dataType() != DataType.FLOAT || a.offset() != 0 || a.ordering() != 'c' || a.elementWiseStride() != 1) {
            throw new IllegalArgumentException("array = " + a.dataType() + " " + Arrays.toString(a.shape())
                    + " is not allowed: the float path needs a contiguous row-major FLOAT matrix");
        }
        return new FloatPointer(a.data().addressPointer());
    }

    private void shape(int rows, int cols) {
        if (rows == m && cols == n) {
            return;
        }
        m = rows;
        n = cols;
        d = grouping == null ? n : grouping.groups();
        z = new float[m * n];
        centred = grouping == null ? null : new float[m * n];
        groupFactor = grouping == null ? null : new float[m * d];
        h = new float[m * d];
        norms = new float[m];
        k = new float[m * m];
        s = new float[m * m];
        rowSum = new float[m];
        product = new float[m * d];
        dh = new float[m * d];
        hNative = new FloatPointer((long) m * d);
        squareNative = new FloatPointer((long) m * m);
        productNative = new FloatPointer((long) m * d);
    }

    /**
     * Grouping (g = v^q of each group's smoothed variance) and centring across groups into
     * {@code h}; keeps the within-group deviations and {@code q v^(q-1) 2/n_g} for the backward pass.
     */
    private float[] groupAndCentre() {
        int c = d;
        int ng = n / c;
        double q = grouping.power();
        double delta = grouping.delta();
        for (int i = 0; i < m; i++) {
            double rowMean = 0;
            for (int g = 0; g < c; g++) {
                int from = i * n + g * ng;
                float mean = 0;
                for (int a = from; a < from + ng; a++) {
                    mean += z[a];
                }
                mean /= ng;
                float ss = 0;
                for (int a = from; a < from + ng; a++) {
                    float dev = z[a] - mean;
                    centred[a] = dev;
                    ss += dev * dev;
                }
                double v = (ss + delta) / ng;
                double gv = q == 0.5 ? Math.sqrt(v) : Math.pow(v, q);
                h[i * c + g] = (float) gv;
                groupFactor[i * c + g] = (float) (q * gv / v * 2.0 / ng);
                rowMean += gv;
            }
            float mean = (float) (rowMean / c);
            for (int g = 0; g < c; g++) {
                h[i * c + g] -= mean;
            }
        }
        return h;
    }

    /** Upper triangle of {@code x x^T} (x m x d) into {@code k}, mirrored to the lower. */
    private void gram(float[] x) {
        hNative.put(x, 0, m * d);
        OpenBlasThreads.useOne();
        openblas.cblas_ssyrk(openblas.CblasRowMajor, openblas.CblasUpper, openblas.CblasNoTrans, m, d, 1f, hNative, d,
                0f, squareNative, m);
        squareNative.get(k, 0, m * m);
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                k[j * m + i] = k[i * m + j];
            }
        }
    }

    /** {@code K_ij = exp(-|x_i - x_j|^2 / (2 sigma^2))}, distances from the Gram matrix clamped at 0, diagonal exactly 1. */
    private void gaussianMatrix(float[] x) {
        gram(x);
        for (int i = 0; i < m; i++) {
            norms[i] = k[i * m + i];
        }
        for (int i = 0; i < m; i++) {
            int row = i * m;
            float ni = norms[i];
            k[row + i] = 1f;
            for (int j = i + 1; j < m; j++) {
                float dist = Math.max(0f, ni + norms[j] - 2f * k[row + j]);
                float v = FloatExp.exp(expScale * dist);
                k[row + j] = v;
                k[j * m + i] = v;
            }
        }
    }

    /** Rows of {@code x} divided by their norms (or by {@link CosineKernel#ZERO_NORM}) into {@code h}; {@code K = N N^T}. */
    private void cosineMatrix(float[] x) {
        for (int i = 0; i < m; i++) {
            double ss = 0;
            for (int f = i * d; f < (i + 1) * d; f++) {
                ss += x[f] * x[f];
            }
            float norm = ss > 0 ? (float) Math.sqrt(ss) : (float) CosineKernel.ZERO_NORM;
            norms[i] = norm;
            for (int f = i * d; f < (i + 1) * d; f++) {
                h[f] = x[f] / norm;
            }
        }
        gram(h);
    }

    /**
     * (E1) and, into {@code s}, {@code dL/dK + (dL/dK)^T = 2 (2 (K - mean K) - gamma (K^y - mean K^y)) / m^2}
     * of (E2); for the Gaussian kernel {@code s} is then multiplied by {@code K / (-2 sigma^2)} and
     * its row sums kept.
     */
    private void objective(float[] labelCentred) {
        int mm = m * m;
        double sum = 0;
        for (int e = 0; e < mm; e++) {
            sum += k[e];
        }
        float mean = (float) (sum / mm);
        float scale = 2f / mm;
        double selfSum = 0;
        double labelSum = 0;
        for (int i = 0; i < m; i++) {
            float rs = 0;
            for (int e = i * m; e < (i + 1) * m; e++) {
                float zc = k[e] - mean;
                float yc = labelCentred[e];
                selfSum += zc * zc;
                labelSum += yc * zc;
                float g = (2f * zc - gamma * yc) * scale;
                if (gaussian) {
                    g *= k[e] * expScale;
                    rs += g;
                }
                s[e] = g;
            }
            rowSum[i] = rs;
        }
        self = selfSum / mm;
        label = labelSum / mm;
    }

    /** {@code product = s x} through BLAS (s m x m, x m x d). */
    private void multiply(float[] x) {
        squareNative.put(s, 0, m * m);
        hNative.put(x, 0, m * d);
        OpenBlasThreads.useOne();
        openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, m, d, m, 1f,
                squareNative, m, hNative, d, 0f, productNative, d);
        productNative.get(product, 0, m * d);
    }

    /** {@code dL/dx_i = 2 (sum_j A_ij x_i - sum_j A_ij x_j)}. */
    private void gaussianBackward(float[] x) {
        multiply(x);
        for (int i = 0; i < m; i++) {
            float rs = rowSum[i];
            for (int f = i * d; f < (i + 1) * d; f++) {
                dh[f] = 2f * (rs * x[f] - product[f]);
            }
        }
    }

    /** With {@code N = h / |h|} in {@code h}: {@code dN = s N}, {@code dh_i = (dN_i - (dN_i . N_i) N_i) / |h_i|}. */
    private void cosineBackward() {
        multiply(h);
        for (int i = 0; i < m; i++) {
            float radial = 0;
            for (int f = i * d; f < (i + 1) * d; f++) {
                radial += product[f] * h[f];
            }
            float inv = 1f / norms[i];
            for (int f = i * d; f < (i + 1) * d; f++) {
                dh[f] = (product[f] - radial * h[f]) * inv;
            }
        }
    }

    /** Centring's backward pass, then grouping's: {@code dz_ia = (dh_ig - mean_g dh_i) q v^(q-1) (2/n_g) (z_ia - zbar_ig)}. */
    private float[] ungroup() {
        int c = d;
        int ng = n / c;
        for (int i = 0; i < m; i++) {
            float mean = 0;
            for (int g = i * c; g < (i + 1) * c; g++) {
                mean += dh[g];
            }
            mean /= c;
            for (int g = 0; g < c; g++) {
                float f = (dh[i * c + g] - mean) * groupFactor[i * c + g];
                int from = i * n + g * ng;
                for (int a = from; a < from + ng; a++) {
                    z[a] = f * centred[a];
                }
            }
        }
        return z;
    }
}
