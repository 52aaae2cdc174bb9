package org.neurotheory.gridcells.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * The unit sphere with the real spherical harmonics of degrees {@code 0..L} as its basis
 * ({@link SphericalHarmonics}; {@code (L+1)^2} functions) and rotations as the group (Section 2.5
 * and Appendix M of the paper). Points are unit vectors (x, y, z), drawn uniformly as normalised
 * Gaussian vectors; rotations are drawn uniformly (Haar) from normalised Gaussian quaternions; a
 * rotation acts on the basis through its real Wigner-D blocks ({@link WignerRotation}), stored with
 * the rotation matrix: {@code 9 + sum_{l=1..L} (2l+1)^2} numbers per rotation. The chi distance is
 * the great-circle distance. Immutable; equal when L is.
 */
public final class Sphere implements FiniteSpace {
    private final int maxDegree;
    private final int blocks;

    /** @param maxDegree L, the highest degree of the harmonics (10 in the paper's script) */
    public Sphere(int maxDegree) {
        this.maxDegree = Require.inRange("maxDegree", maxDegree, 1, 40);
        blocks = WignerRotation.length(maxDegree);
    }

    public int maxDegree() {
        return maxDegree;
    }

    @Override
    public int dim() {
        return 3;
    }

    @Override
    public int basisSize() {
        return SphericalHarmonics.size(maxDegree);
    }

    @Override
    public int actionSize() {
        return 9 + blocks;
    }

    /** One uniform point on the sphere into {@code out} (length 3). */
    public static void randomPoint(SplittableRandom rng, double[] out) {
        double x = rng.nextGaussian();
        double y = rng.nextGaussian();
        double z = rng.nextGaussian();
        double inv = 1 / Math.sqrt(x * x + y * y + z * z);
        out[0] = x * inv;
        out[1] = y * inv;
        out[2] = z * inv;
    }

    @Override
    public void drawPoints(SplittableRandom rng, double[] xt, int stride, int count) {
        for (int i = 0; i < count; i++) {
            double x = rng.nextGaussian();
            double y = rng.nextGaussian();
            double z = rng.nextGaussian();
            double inv = 1 / Math.sqrt(x * x + y * y + z * z);
            xt[i] = x * inv;
            xt[stride + i] = y * inv;
            xt[2 * stride + i] = z * inv;
        }
    }

    @Override
    public void drawActions(SplittableRandom rng, double[] actions, int count) {
        int size = actionSize();
        for (int s = 0; s < count; s++) {
            double w = rng.nextGaussian();
            double x = rng.nextGaussian();
            double y = rng.nextGaussian();
            double z = rng.nextGaussian();
            double inv = 1 / Math.sqrt(w * w + x * x + y * y + z * z);
            w *= inv;
            x *= inv;
            y *= inv;
            z *= inv;
            int o = s * size;
            actions[o] = 1 - 2 * (y * y + z * z);
            actions[o + 1] = 2 * (x * y - w * z);
            actions[o + 2] = 2 * (x * z + w * y);
            actions[o + 3] = 2 * (x * y + w * z);
            actions[o + 4] = 1 - 2 * (x * x + z * z);
            actions[o + 5] = 2 * (y * z - w * x);
            actions[o + 6] = 2 * (x * z - w * y);
            actions[o + 7] = 2 * (y * z + w * x);
            actions[o + 8] = 1 - 2 * (x * x + y * y);
            WignerRotation.blocks(actions, o, maxDegree, actions, o + 9);
        }
    }

    @Override
    public void act(double[] actions, int s, double[] xt, int stride, int from, int to, int count) {
        int o = s * actionSize();
        for (int i = 0; i < count; i++) {
            double x = xt[from + i];
            double y = xt[stride + from + i];
            double z = xt[2 * stride + from + i];
            for (int r = 0; r < 3; r++) {
                xt[r * stride + to + i] = actions[o + 3 * r] * x + actions[o + 3 * r + 1] * y + actions[o + 3 * r + 2] * z;
            }
        }
    }

    @Override
    public double distanceSq(double[] xt, int stride, int a, int b) {
        double dot = xt[a] * xt[b] + xt[stride + a] * xt[stride + b] + xt[2 * stride + a] * xt[2 * stride + b];
        double d = Math.acos(Math.max(-1, Math.min(1, dot)));
        return d * d;
    }

    @Override
    public void basis(double[] xt, int points, double[] out) {
        SphericalHarmonics sh = new SphericalHarmonics(maxDegree);
        for (int i = 0; i < points; i++) {
            sh.at(xt[i], xt[points + i], xt[2 * points + i], out, i, points);
        }
    }

    @Override
    public void applyAction(double[] actions, int s, double[] in, int cols, double[] out) {
        int o = s * actionSize() + 9;
        System.arraycopy(in, 0, out, 0, cols);
        for (int l = 1; l <= maxDegree; l++) {
            int size = 2 * l + 1;
            int blk = o + WignerRotation.offset(l);
            int row0 = l * l;
            for (int i = 0; i < size; i++) {
                int to = (row0 + i) * cols;
                Arrays.fill(out, to, to + cols, 0);
                for (int j = 0; j < size; j++) {
                    double g = actions[blk + i * size + j];
                    int from = (row0 + j) * cols;
                    for (int q = 0; q < cols; q++) {
                        out[to + q] += g * in[from + q];
                    }
                }
            }
        }
    }

    @Override
    public void addTransposedAction(double[] actions, int s, double[] in, int cols, double[] out) {
        int o = s * actionSize() + 9;
        for (int q = 0; q < cols; q++) {
            out[q] += in[q];
        }
        for (int l = 1; l <= maxDegree; l++) {
            int size = 2 * l + 1;
            int blk = o + WignerRotation.offset(l);
            int row0 = l * l;
            for (int i = 0; i < size; i++) {
                int from = (row0 + i) * cols;
                for (int j = 0; j < size; j++) {
                    double g = actions[blk + i * size + j];
                    int to = (row0 + j) * cols;
                    for (int q = 0; q < cols; q++) {
                        out[to + q] += g * in[from + q];
                    }
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sphere s && s.maxDegree == maxDegree;
    }

    @Override
    public int hashCode() {
        return maxDegree;
    }

    @Override
    public String toString() {
        return "Sphere[maxDegree=" + maxDegree + "]";
    }
}
