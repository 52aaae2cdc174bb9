package org.neurotheory.popcodes.model;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.popcodes.theory.FisherSolver;

/**
 * A spike-generating second stage (§2.4): one cell per first-layer cell, counts in a window
 * T with conditional mean {@code T exp(x_i)} and conditional variance {@code F T exp(x_i)}
 * (Poisson for Fano factor F = 1).
 *
 * <p>Linearised (small first-layer noise): {@code Sigma_y = diag(F exp(-f_i) / T)} and
 * {@code I_y = f'^T (Sigma_xi + Sigma_y)^{-1} f'} (Eq. E5). Exact moments for Gaussian
 * {@code x ~ N(m, Sigma_xi)} (no linearisation): {@code mu_i = T exp(m_i + Sigma_ii/2)},
 * {@code Cov_ij = mu_i mu_j (exp(Sigma_ij) - 1) + delta_ij F mu_i}, {@code dmu/ds = mu o f'}.
 *
 * @param fano   Fano factor F of the counts given x, {@code > 0}
 * @param window counting window T, {@code > 0}
 */
public record ExpPoissonStage(double fano, double window) {
    public ExpPoissonStage {
        Require.positive("fano", fano);
        Require.positive("window", window);
    }

    /** §2.4: effective noise {@code diag(F exp(-f_i) / T)} at first-layer means {@code f}. */
    public DMatrixRMaj effectiveNoise(double[] rates) {
        Require.allFinite("rates", rates);
        double[] v = new double[rates.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = fano * Math.exp(-rates[i]) / window;
        }
        return CovarianceModels.independent(v);
    }

    /** Linearised output information, Eq. E5 with the effective noise above. */
    public double linearisedInformation(double[] rates, double[] signal, DMatrixRMaj inputCovariance) {
        requireShape(inputCovariance, rates.length);
        return FisherSolver.of(signal, addInto(inputCovariance.copy(), effectiveNoise(rates)));
    }

    /** Exact count means {@code T exp(m_i + Sigma_ii / 2)}. */
    public double[] exactMean(double[] rates, DMatrixRMaj inputCovariance) {
        Require.allFinite("rates", rates);
        requireShape(inputCovariance, rates.length);
        double[] mu = new double[rates.length];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = window * Math.exp(rates[i] + 0.5 * inputCovariance.get(i, i));
        }
        return mu;
    }

    /** Exact count covariance {@code mu_i mu_j (exp(Sigma_ij) - 1) + delta_ij F mu_i}. */
    public DMatrixRMaj exactCovariance(double[] rates, DMatrixRMaj inputCovariance) {
        double[] mu = exactMean(rates, inputCovariance);
        int n = mu.length;
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c.set(i, j, mu[i] * mu[j] * Math.expm1(inputCovariance.get(i, j)));
            }
            c.add(i, i, fano * mu[i]);
        }
        return c;
    }

    /** Exact-moment linear Fisher information {@code (mu o f')^T Cov^{-1} (mu o f')} (§2.4). */
    public double exactInformation(double[] rates, double[] signal, DMatrixRMaj inputCovariance) {
        Require.length("signal", signal, rates.length);
        double[] mu = exactMean(rates, inputCovariance);
        double[] dmu = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            dmu[i] = mu[i] * signal[i];
        }
        return FisherSolver.of(dmu, exactCovariance(rates, inputCovariance));
    }

    /**
     * The finite-difference information {@code Dmu^T Cbar^{-1} Dmu / ds^2} between the stimuli
     * {@code s -/+ ds/2} of the locally linearised population {@code m = f +/- f' ds/2}, with
     * {@code Cbar} the average of the two exact count covariances: the quantity a bias-corrected
     * Monte-Carlo estimate from counts at those two stimuli converges to. It tends to
     * {@link #exactInformation} as {@code ds -> 0}.
     */
    public double exactFiniteDifferenceInformation(double[] rates, double[] signal, DMatrixRMaj inputCovariance,
            double ds) {
        Require.positive("ds", ds);
        Require.length("signal", signal, rates.length);
        int n = rates.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = rates[i] - 0.5 * ds * signal[i];
            hi[i] = rates[i] + 0.5 * ds * signal[i];
        }
        double[] muLo = exactMean(lo, inputCovariance);
        double[] muHi = exactMean(hi, inputCovariance);
        DMatrixRMaj c = addInto(exactCovariance(lo, inputCovariance), exactCovariance(hi, inputCovariance));
        double[] dmu = new double[n];
        for (int i = 0; i < n; i++) {
            dmu[i] = (muHi[i] - muLo[i]) / ds;
            for (int j = 0; j < n; j++) {
                c.data[i * n + j] *= 0.5;
            }
        }
        return FisherSolver.of(dmu, c);
    }

    private static DMatrixRMaj addInto(DMatrixRMaj target, DMatrixRMaj add) {
        for (int i = 0; i < target.data.length; i++) {
            target.data[i] += add.data[i];
        }
        return target;
    }

    private static void requireShape(DMatrixRMaj c, int n) {
        Require.nonNull("inputCovariance", c);
        Require.that(c.numRows == n && c.numCols == n, "inputCovariance shape", c.numRows + "x" + c.numCols,
                "must be " + n + "x" + n + " (length of rates)");
    }
}
