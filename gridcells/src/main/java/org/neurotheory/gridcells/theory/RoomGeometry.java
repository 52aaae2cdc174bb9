package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * Room geometry (Section 4.3, Appendix L of the paper): the dominant penalty on a frequency k is
 * proportional to {@code Phi(k) = |E_{x~p} e^(i k.x)|^2}, the squared characteristic function of
 * the occupancy. Zeros of Phi are penalty-free frequencies: {@code k = 2 pi n / L} along a box side,
 * {@code |k| R = j_{1,n}} in a disc of radius R (zeros of J_1), giving optimal wavelengths
 * {@code (pi / j_{1,n})} times the diameter.
 */
public final class RoomGeometry {
    /** The first five positive zeros of J_1. */
    public static final double[] J1_ZEROS = {3.8317059702, 7.0155866698, 10.1734681351, 13.3236919363, 16.4706300509};

    private RoomGeometry() {
    }

    /** Gaussian occupancy of std L: {@code exp(-|k|^2 L^2)}. */
    public static double gaussian(double k, double std) {
        return Math.exp(-k * k * Require.positive("std", std) * std);
    }

    /** 1-D box of width w: {@code sinc^2(k w / 2)}. */
    public static double box(double k, double width) {
        Require.positive("width", width);
        double y = k * width / 2;
        double s = Math.abs(y) < 1e-12 ? 1 : Math.sin(y) / y;
        return s * s;
    }

    /** Rectangle {@code wx x wy}: product of the two box factors. */
    public static double rectangle(double kx, double ky, double wx, double wy) {
        return box(kx, wx) * box(ky, wy);
    }

    /** Disc of radius R: {@code [2 J_1(|k| R) / (|k| R)]^2}. */
    public static double disc(double k, double radius) {
        Require.positive("radius", radius);
        double y = Math.abs(k) * radius;
        double s = y < 1e-8 ? 1 : 2 * Bessel.j1(y) / y;
        return s * s;
    }

    /** Penalty-free wavelengths in a disc as fractions of its diameter: {@code pi / j_{1,n}}. */
    public static double[] discWavelengthsPerDiameter() {
        double[] out = new double[J1_ZEROS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.PI / J1_ZEROS[i];
        }
        return out;
    }
}
