package org.neurotheory.popcodes.data;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.linalg.Vectors;
import org.neurotheory.core.Require;
import org.neurotheory.popcodes.model.CovarianceModels;
import org.neurotheory.popcodes.model.TuningCurves;
import org.neurotheory.popcodes.theory.FisherSolver;
import org.neurotheory.popcodes.theory.PropagationBound;
import org.neurotheory.popcodes.theory.RankOneInformation;
import org.neurotheory.popcodes.theory.Redundancy;

/**
 * The two populations of Figs 2 and 7 (§4.1, a reconstruction: the paper's Eq. (4) was not
 * available). At each stimulus, with {@code f^ = f'/|f'|} and a fixed auxiliary direction
 * {@code w_i = cos(1.7 i + 0.3)} orthogonalised against f^ ({@code w^}):
 * <ul>
 *   <li>blue (fragile): {@code Sigma_B = d I + eps_B u u^T}, {@code u = cos(theta) f^ + sin(theta) w^};</li>
 *   <li>green (optimal family, R5): {@code Sigma_G = d I + eps_G f^ f^^T} with
 *       {@code eps_G = |f'|^2 / I_x - d}, so both have the same {@code I_x(s)}.</li>
 * </ul>
 *
 * @param thetaDegrees     angle between the blue structured direction and the signal, in [0, 90]
 * @param blueStrength     eps_B, {@code > -d}
 * @param privateVariance  d, {@code > 0}
 */
public record RecipePopulations(double thetaDegrees, double blueStrength, double privateVariance) {
    public RecipePopulations {
        Require.inRange("thetaDegrees", thetaDegrees, 0, 90);
        Require.positive("privateVariance", privateVariance);
        Require.that(blueStrength > -privateVariance && Double.isFinite(blueStrength), "blueStrength",
                blueStrength, "must be finite and > -privateVariance = " + (-privateVariance));
    }

    /** Fig. 2 (redundant codes): theta = 10 degrees, eps_B = 1000, d = 1. */
    public static RecipePopulations redundant() {
        return new RecipePopulations(10, 1000, 1);
    }

    /** Fig. 7 (synergistic codes): theta = 80 degrees, eps_B = -0.99, d = 1. */
    public static RecipePopulations synergistic() {
        return new RecipePopulations(80, -0.99, 1);
    }

    /**
     * The two covariances at one stimulus.
     *
     * @param signal            f'(s)
     * @param blue              Sigma_B
     * @param green             Sigma_G
     * @param inputInformation  the common I_x(s), computed from Sigma_B by Cholesky
     * @param greenStrength     eps_G(s)
     */
    public record Pair(double[] signal, DMatrixRMaj blue, DMatrixRMaj green, double inputInformation,
            double greenStrength) {
    }

    /** Builds both populations for the signal {@code f'(s)} (length at least 2, non-zero). */
    public Pair at(double[] signal) {
        Require.allFinite("signal", signal);
        int n = signal.length;
        Require.that(n >= 2, "signal.length", n, "must be >= 2");
        double norm2 = Vectors.dot(signal, signal);
        Require.that(norm2 > 0, "signal", "zero vector", "must be non-zero");
        double[] fHat = scaled(signal, 1 / Math.sqrt(norm2));
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.cos(1.7 * i + 0.3);
        }
        double proj = Vectors.dot(w, fHat);
        for (int i = 0; i < n; i++) {
            w[i] -= proj * fHat[i];
        }
        w = scaled(w, 1 / Math.sqrt(Vectors.dot(w, w)));
        double theta = Math.toRadians(thetaDegrees);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = Math.cos(theta) * fHat[i] + Math.sin(theta) * w[i];
        }
        DMatrixRMaj blue = CovarianceModels.rankOne(privateVariance, u, blueStrength);
        double ix = FisherSolver.of(signal, blue);
        double epsG = RankOneInformation.differentialStrengthFor(norm2, privateVariance, ix);
        DMatrixRMaj green = CovarianceModels.rankOne(privateVariance, fHat, epsG);
        return new Pair(signal.clone(), blue, green, ix, epsG);
    }

    /**
     * Information of both populations averaged over {@code stimuli} equally spaced stimuli
     * {@code s_k = 2 pi k / stimuli} of the tuning curves (what Figs. 2 and 7 plot, panels b and c):
     * {@code < . >_s} of the common input information I_x, each population's trial-shuffled
     * information, each population's output information I_y behind isotropic downstream noise of
     * variance {@code downstreamNoise} (Eq. E5), and the bound E7 (I_x itself at zero noise).
     *
     * @param tuning          the population's tuning curves (their size sets the population size)
     * @param stimuli         number of stimuli, > 0
     * @param downstreamNoise sigma^2 >= 0
     */
    public AveragedInformation averaged(TuningCurves tuning, int stimuli, double downstreamNoise) {
        Require.nonNull("tuning", tuning);
        Require.positive("stimuli", stimuli);
        Require.nonNegative("downstreamNoise", downstreamNoise);
        int n = tuning.size();
        FisherSolver solver = new FisherSolver(n);
        double[] fprime = new double[n];
        double ix = 0;
        double shufGreen = 0;
        double shufBlue = 0;
        double green = 0;
        double blue = 0;
        double bound = 0;
        for (int k = 0; k < stimuli; k++) {
            tuning.derivative(2 * Math.PI * k / stimuli, fprime);
            Pair pair = at(fprime);
            ix += pair.inputInformation() / stimuli;
            shufGreen += Redundancy.shuffledInformation(fprime, pair.green()) / stimuli;
            shufBlue += Redundancy.shuffledInformation(fprime, pair.blue()) / stimuli;
            green += solver.information(fprime, pair.green(), downstreamNoise) / stimuli;
            blue += solver.information(fprime, pair.blue(), downstreamNoise) / stimuli;
            double j = Vectors.dot(fprime, fprime) / Math.max(downstreamNoise, Double.MIN_NORMAL);
            bound += (downstreamNoise == 0 ? pair.inputInformation() : PropagationBound.bound(pair.inputInformation(), j))
                    / stimuli;
        }
        return new AveragedInformation(ix, shufGreen, shufBlue, green, blue, bound);
    }

    /**
     * Stimulus-averaged information of the two populations ({@link #averaged}).
     *
     * @param input         {@code <I_x>_s}, common to both
     * @param shuffledGreen {@code <I_shuf>_s} of green (correlations removed)
     * @param shuffledBlue  {@code <I_shuf>_s} of blue
     * @param green         {@code <I_y>_s} of green behind the downstream noise
     * @param blue          {@code <I_y>_s} of blue behind the downstream noise
     * @param bound         {@code <bound E7>_s}, which green attains
     */
    public record AveragedInformation(double input, double shuffledGreen, double shuffledBlue, double green,
                                      double blue, double bound) {
    }

    private static double[] scaled(double[] a, double c) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * c;
        }
        return out;
    }
}
