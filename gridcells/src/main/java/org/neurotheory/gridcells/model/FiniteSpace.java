package org.neurotheory.gridcells.model;

import java.util.SplittableRandom;

/**
 * A finite space whose code is over-parametrised by all irreducible representations up to a
 * cutoff (Section 2.5 of the paper): the circle, torus and 3-torus with integer frequencies
 * ({@link PeriodicSpace}) and the sphere with real spherical harmonics ({@link Sphere}). It says how
 * to draw uniform points and group elements (shifts, rotations), how a group element moves a point,
 * the distance of the pair weight chi, the basis on points, and how a group element acts on the
 * basis ({@code G}, with {@code r(g x) = G(g) r(x)}).
 *
 * <p>Layouts: points are stored coordinate-major with a stride ({@code xt[j * stride + i]});
 * a basis matrix is {@code basisSize() x cols} row-major; group elements are
 * {@link #actionSize()} numbers each, one after another. Implementations allocate nothing per
 * call except {@link #basis} on the sphere (one small table per resample).
 */
public interface FiniteSpace {

    /** Coordinates per point (1 circle, 2 torus, 3 for the 3-torus and for the sphere's unit vectors). */
    int dim();

    /** Number of basis functions (the columns of W). */
    int basisSize();

    /** Numbers stored per group element. */
    int actionSize();

    /** Fills points {@code 0..count-1} with uniform points of the space. */
    void drawPoints(SplittableRandom rng, double[] xt, int stride, int count);

    /** Fills {@code count} uniform group elements. */
    void drawActions(SplittableRandom rng, double[] actions, int count);

    /** Writes {@code g_s x_{from+i}} into point {@code to+i} for {@code i < count} (may be in place). */
    void act(double[] actions, int s, double[] xt, int stride, int from, int to, int count);

    /** Squared distance between points a and b (circular per coordinate; great-circle on the sphere). */
    double distanceSq(double[] xt, int stride, int a, int b);

    /** The basis on all {@code points} points into {@code out} ({@code basisSize() x points}). */
    void basis(double[] xt, int points, double[] out);

    /** {@code out = G(g_s) in}, {@code in} and {@code out} {@code basisSize() x cols}. */
    void applyAction(double[] actions, int s, double[] in, int cols, double[] out);

    /** {@code out += G(g_s)^T in}. */
    void addTransposedAction(double[] actions, int s, double[] in, int cols, double[] out);
}
