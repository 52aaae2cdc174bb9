package org.neurotheory.multimodal.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Parameter layout of a two-modality fusion network (paper Sec. 2, Eq. (1)): all weights live in
 * one flat {@code double[]} (the state of a gradient flow). Branch m (0 = A, 1 = B) owns the
 * matrices {@code W_m^1 .. W_m^{L_f}} (the last is its block of the fusion layer), stored as
 * {@code A1, B1, A2, B2, ..., A_{L_f}, B_{L_f}}, followed by the shared layers
 * {@code W^{L_f+1} .. W^L}. Every matrix is row-major, n_out x n_in.
 *
 * <p>The end-to-end maps are {@code W_m^tot = W^L..W^{L_f+1} W_m^{L_f}..W_m^1}; for a ReLU
 * network they are the plain product, as the official {@code unpack_weights} computes.
 */
public final class FusionNetwork {
    private final FusionArchitecture arch;
    private final int[] branchOffset;
    private final int[] sharedOffset;
    private final int size;

    /** Lays out the parameters of the given architecture. */
    public FusionNetwork(FusionArchitecture arch) {
        this.arch = Require.nonNull("arch", arch);
        int lf = arch.fusion();
        branchOffset = new int[2 * lf];
        int off = 0;
        for (int l = 1; l <= lf; l++) {
            for (int m = 0; m < 2; m++) {
                branchOffset[2 * (l - 1) + m] = off;
                off += arch.outputsOf(l) * inputsOf(m, l);
            }
        }
        sharedOffset = new int[arch.depth() + 1];
        for (int l = lf + 1; l <= arch.depth(); l++) {
            sharedOffset[l] = off;
            off += arch.outputsOf(l) * arch.hidden();
        }
        size = off;
    }

    /** The architecture. */
    public FusionArchitecture architecture() {
        return arch;
    }

    /** Number of parameters. */
    public int size() {
        return size;
    }

    /** Input size of branch m's layer l (1 <= l <= L_f): d_m for l = 1, else H. */
    public int inputsOf(int branch, int layer) {
        if (layer == 1) {
            return branch == 0 ? arch.dimA() : arch.dimB();
        }
        return arch.hidden();
    }

    /** Offset of branch m's layer l (1 <= l <= L_f) in the parameter vector. */
    public int branchOffset(int branch, int layer) {
        return branchOffset[2 * (layer - 1) + branch];
    }

    /** Offset of shared layer l (L_f < l <= L). */
    public int sharedOffset(int layer) {
        return sharedOffset[layer];
    }

    /** Size of modality m. */
    public int dim(int branch) {
        return branch == 0 ? arch.dimA() : arch.dimB();
    }

    /**
     * Initial parameters.
     *
     * @param scheme which initialisation
     * @param scale  gamma (per-entry std or code-like layer norm) or u0 (aligned balanced), > 0
     * @param seed   seed of the random draws
     */
    public double[] initialise(InitScheme scheme, double scale, long seed) {
        Require.nonNull("scheme", scheme);
        Require.positive("scale", scale);
        SplittableRandom rng = Seeds.stream(seed);
        double[] theta = new double[size];
        switch (scheme) {
            case PER_ENTRY -> {
                for (int i = 0; i < size; i++) {
                    theta[i] = scale * rng.nextGaussian();
                }
            }
            case RANDOM_LIKE_CODE -> randomLikeCode(theta, scale, rng);
            case ALIGNED_BALANCED -> alignedBalanced(theta, scale, rng);
            default -> throw new IllegalStateException(scheme.name());
        }
        return theta;
    }

    private void randomLikeCode(double[] theta, double gamma, SplittableRandom rng) {
        int lf = arch.fusion();
        for (int l = 1; l < lf; l++) {
            for (int m = 0; m < 2; m++) {
                fill(theta, branchOffset(m, l), arch.outputsOf(l), inputsOf(m, l), gamma, rng);
            }
        }
        // the fusion layer is one torch module of shape n_out x (n_in,A + n_in,B)
        int nOut = arch.outputsOf(lf);
        int nIn = inputsOf(0, lf) + inputsOf(1, lf);
        double std = Math.sqrt(2) * gamma / Math.sqrt((double) nOut * nIn);
        for (int m = 0; m < 2; m++) {
            int off = branchOffset(m, lf);
            for (int i = 0; i < nOut * inputsOf(m, lf); i++) {
                theta[off + i] = std * rng.nextGaussian();
            }
        }
        for (int l = lf + 1; l <= arch.depth(); l++) {
            fill(theta, sharedOffset(l), arch.outputsOf(l), arch.hidden(), Math.sqrt(2) * gamma, rng);
        }
    }

    private static void fill(double[] theta, int off, int rows, int cols, double norm, SplittableRandom rng) {
        double std = norm / Math.sqrt((double) rows * cols);
        for (int i = 0; i < rows * cols; i++) {
            theta[off + i] = std * rng.nextGaussian();
        }
    }

    private void alignedBalanced(double[] theta, double u0, SplittableRandom rng) {
        int lf = arch.fusion();
        double[] fusionDir = unitVector(arch.outputsOf(lf), rng);
        for (int m = 0; m < 2; m++) {
            double[] in = new double[dim(m)];
            Arrays.fill(in, 1 / Math.sqrt(dim(m)));
            for (int l = 1; l <= lf; l++) {
                double[] out = l == lf ? fusionDir : unitVector(arch.hidden(), rng);
                outer(theta, branchOffset(m, l), u0, out, in);
                in = out;
            }
        }
        double v = Math.sqrt(2) * u0;
        double[] in = fusionDir;
        for (int l = lf + 1; l <= arch.depth(); l++) {
            double[] out = unitVector(arch.outputsOf(l), rng);
            outer(theta, sharedOffset(l), v, out, in);
            in = out;
        }
    }

    private static double[] unitVector(int n, SplittableRandom rng) {
        if (n == 1) {
            return new double[] {1};
        }
        double[] v = Seeds.gaussian(rng, new double[n]);
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            v[i] /= norm;
        }
        return v;
    }

    private static void outer(double[] theta, int off, double s, double[] out, double[] in) {
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < in.length; j++) {
                theta[off + i * in.length + j] = s * out[i] * in[j];
            }
        }
    }

    /** End-to-end weights {@code [W_A^tot, W_B^tot]} (length D) of parameters theta (allocates). */
    public double[] totalWeights(double[] theta) {
        Require.length("theta", theta, size);
        double[] out = new double[arch.inputs()];
        new LinearPasses(this).totals(theta, out);
        return out;
    }
}
