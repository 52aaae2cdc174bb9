package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * An actionable code of position on the sphere (Section 2.5 and Appendix M of the paper):
 * {@code g(x) = W Y(x)} with Y the real spherical harmonics of degrees {@code 0..L}
 * ({@link SphericalHarmonics}). A rotation R acts on the code through
 * {@code T(R) = W G(R) W^+}, {@code G(R) = blockdiag(1, D^1(R), ..., D^L(R))}
 * ({@link WignerRotation}), exactly when W uses at most N dimensions of irreps. Immutable.
 */
public final class SphereCode {
    private final int neurons;
    private final int maxDegree;
    private final double[] w;

    /** @param w N x (L+1)^2 row-major */
    public SphereCode(int neurons, int maxDegree, double[] w) {
        this.neurons = Require.positive("neurons", neurons);
        this.maxDegree = Require.inRange("maxDegree", maxDegree, 0, 40);
        Require.length("w", w, neurons * SphericalHarmonics.size(maxDegree));
        this.w = Require.allFinite("w", w).clone();
    }

    public int neurons() {
        return neurons;
    }

    public int maxDegree() {
        return maxDegree;
    }

    /** The mixing matrix (a copy). */
    public double[] weights() {
        return w.clone();
    }

    /** Rates of all neurons at the unit vector (x, y, z). */
    public double[] rates(double x, double y, double z) {
        double[] basis = new SphericalHarmonics(maxDegree).at(x, y, z);
        int b = basis.length;
        double[] g = new double[neurons];
        for (int n = 0; n < neurons; n++) {
            double s = 0;
            for (int j = 0; j < b; j++) {
                s += w[n * b + j] * basis[j];
            }
            g[n] = s;
        }
        return g;
    }

    /** Power of degree l summed over neurons and orders m: {@code sum_n sum_m W_{n,lm}^2}. */
    public double degreePower(int l) {
        Require.inRange("l", l, 0, maxDegree);
        return degreePower(-1, l);
    }

    /** Power of degree l in one neuron's tuning: {@code sum_m W_{n,lm}^2}. */
    public double degreePower(int neuron, int l) {
        Require.inRange("l", l, 0, maxDegree);
        int b = SphericalHarmonics.size(maxDegree);
        double s = 0;
        for (int n = neuron < 0 ? 0 : neuron; n < (neuron < 0 ? neurons : neuron + 1); n++) {
            for (int j = l * l; j < (l + 1) * (l + 1); j++) {
                s += w[n * b + j] * w[n * b + j];
            }
        }
        return s;
    }

    /**
     * Rates of one neuron on a longitude x latitude grid: {@code lon} equal steps of the azimuth in
     * [-pi, pi) and {@code lat} of the latitude in (-pi/2, pi/2) (cell centres), row-major by latitude.
     */
    public double[] map(int neuron, int lon, int lat) {
        Require.inRange("neuron", neuron, 0, neurons - 1);
        Require.positive("lon", lon);
        Require.positive("lat", lat);
        SphericalHarmonics sh = new SphericalHarmonics(maxDegree);
        int b = SphericalHarmonics.size(maxDegree);
        double[] basis = new double[b];
        double[] out = new double[lon * lat];
        for (int i = 0; i < lat; i++) {
            double theta = -Math.PI / 2 + Math.PI * (i + 0.5) / lat;
            for (int j = 0; j < lon; j++) {
                double phi = -Math.PI + 2 * Math.PI * (j + 0.5) / lon;
                sh.at(Math.cos(theta) * Math.cos(phi), Math.cos(theta) * Math.sin(phi), Math.sin(theta), basis, 0, 1);
                double s = 0;
                for (int q = 0; q < b; q++) {
                    s += w[neuron * b + q] * basis[q];
                }
                out[i * lon + j] = s;
            }
        }
        return out;
    }
}
