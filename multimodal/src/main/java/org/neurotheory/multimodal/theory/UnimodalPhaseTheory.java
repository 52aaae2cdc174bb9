package org.neurotheory.multimodal.theory;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.multimodal.model.GeneralisationError;

/**
 * Closed forms of the unimodal phase in two-layer late fusion (paper Sec. 3; §3.2-3.3), from
 * the moments of {@code x = [x_A; x_B]} with d_A = {@code dimA}. The modality with the larger
 * {@code |Sigma_yx,m|} is learned first; the formulas below take A to be that one.
 *
 * <ul>
 *   <li>time ratio (Eq. E2): {@code t_B/t_A = 1 + (|Sigma_yxA| - |Sigma_yxB|) / |Sigma_yxB - Sigma_yxA Sigma_A^-1 Sigma_AB|};</li>
 *   <li>unimodal plateau {@code W_A^uni = Sigma_yxA Sigma_A^-1} and misattribution
 *       {@code W_A^uni - W_A^*};</li>
 *   <li>losses at the fixed points M_0, M_A, M_B, M_*.</li>
 * </ul>
 */
public final class UnimodalPhaseTheory {
    private final LinearRegressionMoments moments;
    private final int dimA;
    private final int dimB;

    /**
     * @param moments moments with one output
     * @param dimA    d_A, 0 < dimA < D
     */
    public UnimodalPhaseTheory(LinearRegressionMoments moments, int dimA) {
        this.moments = Require.nonNull("moments", moments);
        Require.that(moments.outputs() == 1, "moments.outputs", moments.outputs(), "must be 1");
        Require.that(dimA > 0 && dimA < moments.inputs(), "dimA", dimA, "must be in [1, " + (moments.inputs() - 1) + "]");
        this.dimA = dimA;
        this.dimB = moments.inputs() - dimA;
    }

    /** The toy time ratio {@code 1 + (r^2 - 1)/(1 - rho^2)} (§3.3.5), r = sigma_A/sigma_B. */
    public static double toyTimeRatio(double ratio, double rho) {
        Require.positive("ratio", ratio);
        Require.openRange("rho", rho, -1, 1);
        return 1 + (ratio * ratio - 1) / (1 - rho * rho);
    }

    /**
     * The toy time ratio under gradient <em>descent</em> with step {@code eta} instead of gradient
     * flow: the same leading-order argument as §3.3 (A grows from the tiny init at rate Sigma_yxA,
     * B at Sigma_yxB until A is learned, then at the residual 1 - rho^2), with each layer norm
     * multiplied by {@code 1 + eta lambda} per epoch instead of {@code exp(eta lambda)}:
     * <pre>
     *   t_B/t_A = 1 + (ln(1 + eta a) - ln(1 + eta b)) / ln(1 + eta (1 - rho^2)),
     *   a = r^2 + rho r,  b = 1 + rho r   (signed: for b < 0 the aligned B mode first shrinks)
     * </pre>
     * It tends to {@link #toyTimeRatio} as eta -> 0, with {@code t_B/t_A - 1} smaller by a relative
     * {@code eta (a + b - (1 - rho^2))/2} to first order; at the code's eta = 0.04 the ratio is 22%
     * below the flow value for r = 3, rho = 0.9 (33.5 against 43.1) and 7% below for rho = -0.9. A
     * two-layer ReLU unit sees half of the inputs, so its growth rates are halved: pass {@code eta / 2}.
     *
     * @param ratio r = sigma_A / sigma_B > 0
     * @param rho   correlation in (-1, 1)
     * @param eta   learning rate times the rate factor (eta for linear, eta / 2 for ReLU), in (0, 1/|b|)
     */
    public static double toyTimeRatio(double ratio, double rho, double eta) {
        toyTimeRatio(ratio, rho);
        double a = ratio * ratio + rho * ratio;
        double b = 1 + rho * ratio;
        Require.that(eta > 0 && eta * Math.abs(b) < 1 && eta * a < 1, "eta", eta,
                "must be in (0, 1/max(|Sigma_yxA|, |Sigma_yxB|)) = (0, " + 1 / Math.max(a, Math.abs(b)) + ")");
        return 1 + (Math.log1p(eta * a) - Math.log1p(eta * b)) / Math.log1p(eta * (1 - rho * rho));
    }

    /** The toy misattribution {@code rho sigma_B / sigma_A = rho / r} (§3.3.6). */
    public static double toyMisattribution(double ratio, double rho) {
        Require.positive("ratio", ratio);
        Require.openRange("rho", rho, -1, 1);
        return rho / ratio;
    }

    private DMatrixRMaj block(int r0, int r1, int c0, int c1) {
        return CommonOps_DDRM.extract(moments.sigmaX(), r0, r1, c0, c1);
    }

    private DMatrixRMaj correlation(int m) {
        return m == 0 ? CommonOps_DDRM.extract(moments.sigmaYX(), 0, 1, 0, dimA)
                : CommonOps_DDRM.extract(moments.sigmaYX(), 0, 1, dimA, dimA + dimB);
    }

    private static double norm(DMatrixRMaj v) {
        return Math.sqrt(CommonOps_DDRM.elementSum(elementSquare(v)));
    }

    private static DMatrixRMaj elementSquare(DMatrixRMaj v) {
        DMatrixRMaj out = v.copy();
        CommonOps_DDRM.elementMult(out, v);
        return out;
    }

    /** {@code |Sigma_yx,m|}, the speed with which modality m (0 = A, 1 = B) is learned. */
    public double correlationNorm(int modality) {
        return norm(correlation(modality));
    }

    /** 0 when A is learned first ({@code |Sigma_yxA| >= |Sigma_yxB|}), else 1. */
    public int firstLearned() {
        return correlationNorm(0) >= correlationNorm(1) ? 0 : 1;
    }

    /** {@code W_m^uni = Sigma_yx,m Sigma_m^-1}, the unimodal fixed point of modality m. */
    public DMatrixRMaj unimodalWeights(int modality) {
        DMatrixRMaj s = modality == 0 ? block(0, dimA, 0, dimA) : block(dimA, dimA + dimB, dimA, dimA + dimB);
        DMatrixRMaj c = correlation(modality);
        return CommonOps_DDRM.transpose(Matrices.solveSpd(s, CommonOps_DDRM.transpose(c, null)), null);
    }

    /**
     * The unimodal fixed point as end-to-end weights over both modalities: {@code W_m^uni} in modality
     * m's block (the least-squares fit that uses modality m alone), zeros in the other block. Length
     * {@code d_A + d_B}, ready for {@link GeneralisationError#of}.
     */
    public double[] unimodalTotals(int modality) {
        Require.that(modality == 0 || modality == 1, "modality", modality, "must be 0 (A) or 1 (B)");
        double[] out = new double[dimA + dimB];
        System.arraycopy(unimodalWeights(modality).data, 0, out, modality == 0 ? 0 : dimA, modality == 0 ? dimA : dimB);
        return out;
    }

    /**
     * The generalisation error of the least-squares fit on modality m alone, {@code E_g([W_A^uni, 0])}
     * for m = 0: the level of late fusion's plateau (paper Sec. 5, Fig. F).
     */
    public double unimodalError(GeneralisationError eg, int modality) {
        Require.nonNull("eg", eg);
        return eg.of(unimodalTotals(modality));
    }

    /** The residual correlation B sees on the plateau, {@code Sigma_yxB - W_A^uni Sigma_AB}. */
    public DMatrixRMaj residualCorrelationB() {
        DMatrixRMaj out = correlation(1);
        DMatrixRMaj cross = new DMatrixRMaj(1, dimB);
        CommonOps_DDRM.mult(unimodalWeights(0), block(0, dimA, dimA, dimA + dimB), cross);
        CommonOps_DDRM.subtractEquals(out, cross);
        return out;
    }

    /** Time ratio t_B/t_A of two-layer late fusion (Eq. E2), independent of the init scale. */
    public double timeRatio() {
        return 1 + (correlationNorm(0) - correlationNorm(1)) / norm(residualCorrelationB());
    }

    /** {@code W_A^uni - W_A^*}, what A over-takes while B is unlearned (§3.3.6). */
    public DMatrixRMaj misattribution() {
        DMatrixRMaj star = CommonOps_DDRM.extract(moments.leastSquares(), 0, 1, 0, dimA);
        DMatrixRMaj out = unimodalWeights(0);
        CommonOps_DDRM.subtractEquals(out, star);
        return out;
    }

    /** Loss at M_0 (w = 0): {@code E[y^2]/2}. */
    public double lossAtOrigin() {
        return 0.5 * moments.traceYY();
    }

    /** Loss at the unimodal fixed point M_m: {@code (E[y^2] - Sigma_yx,m Sigma_m^-1 Sigma_yx,m^T)/2}. */
    public double lossAtUnimodal(int modality) {
        DMatrixRMaj w = unimodalWeights(modality);
        DMatrixRMaj c = correlation(modality);
        double explained = 0;
        for (int i = 0; i < w.data.length; i++) {
            explained += w.data[i] * c.data[i];
        }
        return 0.5 * (moments.traceYY() - explained);
    }

    /** Loss at the global minimum M_*. */
    public double lossAtMinimum() {
        return moments.minimumLoss();
    }

    /** Phase-1 learning time of modality m from per-layer norm u0: {@code ln(1/u0) / |Sigma_yx,m|}. */
    public double phaseOneTime(int modality, double u0) {
        Require.openRange("u0", u0, 0, 1);
        return Math.log(1 / u0) / correlationNorm(modality);
    }
}
