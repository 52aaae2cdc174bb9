package org.neurotheory.attention.model;

import java.util.Arrays;
import java.util.Locale;
import org.neurotheory.core.Require;

/**
 * The space in which a linear-attention model's prediction is linear. Every model of the paper
 * (ATTN_M, ATTN_S of any rank, the two-layer MLP on cubic features) predicts
 * {@code yhat = <G, F(X)>}: a fixed feature tensor {@code F} of the prompt contracted with an
 * end-to-end tensor {@code G} that is a polynomial of the weights (paper Sec. 2-3, code {@code net.py}).
 * <ul>
 * <li>{@link #full(int)}: the full token parametrisation of the official code,
 * {@code yhat = sum_h x~_q^T A_h C a_h}, with {@code F[i][j][k] = x_{q,i} C[j][k]},
 * {@code C = sum_m x~_m x~_m^T} over all tokens (query label zeroed). Raw tensor index
 * {@code i (D) x j (D+1) x k (D+1)}; folded features use the symmetry of C, {@code j <= k}.</li>
 * <li>{@link #cubic(int)}: the cubic feature of the paper's Eq. (7) in the code's row-major order,
 * {@code z[j D + i] = (N beta)_j x_{q,i}}; raw and folded coincide.</li>
 * </ul>
 * Models write the raw tensor; {@link #fold} maps it to the folded feature coordinates where the
 * loss is a quadratic form (see {@link EndToEndLoss}).
 */
public final class FeatureSpace {
    /** Which feature map. */
    public enum Kind { FULL, CUBIC }

    private final Kind kind;
    private final int dimension;
    private final int[] foldIndex;
    private final int foldedSize;

    private FeatureSpace(Kind kind, int dimension) {
        this.kind = kind;
        this.dimension = Require.positive("dimension", dimension);
        if (kind == Kind.CUBIC) {
            foldIndex = new int[dimension * dimension];
            for (int r = 0; r < foldIndex.length; r++) {
                foldIndex[r] = r;
            }
            foldedSize = foldIndex.length;
        } else {
            int e = dimension + 1;
            int pairs = e * (e + 1) / 2;
            foldIndex = new int[dimension * e * e];
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < e; j++) {
                    for (int k = 0; k < e; k++) {
                        foldIndex[(i * e + j) * e + k] = i * pairs + pairIndex(Math.min(j, k), Math.max(j, k), e);
                    }
                }
            }
            foldedSize = dimension * pairs;
        }
    }

    /** Full token parametrisation for input dimension D. */
    public static FeatureSpace full(int dimension) {
        return new FeatureSpace(Kind.FULL, dimension);
    }

    /** Cubic features {@code z = vec(N beta x_q^T)} for input dimension D. */
    public static FeatureSpace cubic(int dimension) {
        return new FeatureSpace(Kind.CUBIC, dimension);
    }

    /** Index of the unordered pair {@code j <= k} among the upper triangle of an e x e matrix (row-major). */
    static int pairIndex(int j, int k, int e) {
        return j * e - j * (j - 1) / 2 + (k - j);
    }

    public Kind kind() {
        return kind;
    }

    /** Input dimension D. */
    public int dimension() {
        return dimension;
    }

    /** Length of the raw tensor the models write: {@code D (D+1)^2} (full) or {@code D^2} (cubic). */
    public int rawSize() {
        return foldIndex.length;
    }

    /** Number of independent features: {@code D (D+1)(D+2)/2} (full) or {@code D^2} (cubic). */
    public int foldedSize() {
        return foldedSize;
    }

    /** The folded feature index that raw entry {@code r} contributes to. */
    public int foldIndex(int r) {
        return foldIndex[r];
    }

    /** {@code folded = sum of the raw entries sharing a folded index}; returns {@code folded}. */
    public double[] fold(double[] raw, double[] folded) {
        Arrays.fill(folded, 0, foldedSize, 0.0);
        for (int r = 0; r < foldIndex.length; r++) {
            folded[foldIndex[r]] += raw[r];
        }
        return folded;
    }

    /** Chain rule of {@link #fold}: {@code dRaw[r] = dFolded[foldIndex(r)]}; returns {@code dRaw}. */
    public double[] unfold(double[] dFolded, double[] dRaw) {
        for (int r = 0; r < foldIndex.length; r++) {
            dRaw[r] = dFolded[foldIndex[r]];
        }
        return dRaw;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "(D=" + dimension + ")";
    }
}
