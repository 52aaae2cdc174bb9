package org.neurotheory.gridcells.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Checks 1-4: the group action, its group law, the neural transition matrix and the frequency budget. */
class ActionableCodeTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void actionMovesTheBasis(int dim) {
        SplittableRandom rng = new SplittableRandom(dim);
        double[] k = gauss(rng, 5 * dim);
        double[] x = gauss(rng, dim);
        double[] dx = gauss(rng, dim);
        double[] xs = new double[dim];
        for (int j = 0; j < dim; j++) {
            xs[j] = x[j] + dx[j];
        }
        double[] r = IrrepBasis.at(k, dim, x, new double[11]);
        double[] moved = mul(IrrepBasis.action(k, dim, dx), 11, r);
        double[] target = IrrepBasis.at(k, dim, xs, new double[11]);
        for (int i = 0; i < 11; i++) {
            assertEquals(target[i], moved[i], 1e-12);
        }
    }

    @Test
    void groupLaw() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] k = gauss(rng, 8);
        double[] a = gauss(rng, 2);
        double[] b = gauss(rng, 2);
        DMatrixRMaj ga = DMatrixRMaj.wrap(9, 9, IrrepBasis.action(k, 2, a));
        DMatrixRMaj gb = DMatrixRMaj.wrap(9, 9, IrrepBasis.action(k, 2, b));
        DMatrixRMaj prod = new DMatrixRMaj(9, 9);
        CommonOps_DDRM.mult(ga, gb, prod);
        DMatrixRMaj sum = DMatrixRMaj.wrap(9, 9, IrrepBasis.action(k, 2, new double[] {a[0] + b[0], a[1] + b[1]}));
        DMatrixRMaj inv = DMatrixRMaj.wrap(9, 9, IrrepBasis.action(k, 2, new double[] {-a[0], -a[1]}));
        DMatrixRMaj tr = new DMatrixRMaj(9, 9);
        CommonOps_DDRM.transpose(ga, tr);
        DMatrixRMaj id = DMatrixRMaj.wrap(9, 9, IrrepBasis.action(k, 2, new double[2]));
        for (int i = 0; i < 81; i++) {
            assertEquals(sum.data[i], prod.data[i], 1e-12);
            assertEquals(tr.data[i], inv.data[i], 1e-15);
            assertEquals(i % 10 == 0 ? 1 : 0, id.data[i], 0);
        }
    }

    /** Check 3: T(dx) g(x) = g(x + dx), and north-east-south-west steps return the same code. */
    @Test
    void transitionMatrixMovesTheCodeAndLoopsClose() {
        ActionableCode c = ActionableCode.random(9, 2, 4, 2, new SplittableRandom(5));
        double[] x = {0.4, -0.3};
        double[] g = c.rates(x);
        double[] moved = mul(c.transition(1.5, 0.0).data, 9, g);
        double[] target = c.rates(1.9, -0.3);
        for (int i = 0; i < 9; i++) {
            assertEquals(target[i], moved[i], 1e-9);
        }
        double[] loop = g;
        for (double[] step : new double[][] {{0, 1}, {1, 0}, {0, -1}, {-1, 0}}) {
            loop = mul(c.transition(step).data, 9, loop);
        }
        for (int i = 0; i < 9; i++) {
            assertEquals(g[i], loop[i], 1e-9);
        }
    }

    /** Check 4: the builder refuses D > floor((N-1)/2). */
    @Test
    void frequencyBudget() {
        assertEquals(12, FrequencyBudget.maxFrequencies(25));
        assertEquals(31, FrequencyBudget.maxFrequencies(64));
        assertThrows(IllegalArgumentException.class, () -> ActionableCode.random(25, 2, 13, 2, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> new ActionableCode(8, 2, new double[8 * 9], new double[8]));
    }

    /** Every weight is the constant's or one frequency's: |a_0|^2 + sum_d powers()[d] is the squared norm of W. */
    @Test
    void powersPartitionTheWeights() {
        ActionableCode c = ActionableCode.random(11, 2, 5, 2, new SplittableRandom(3));
        double norm = 0;
        for (double w : c.weights()) {
            norm += w * w;
        }
        double parts = c.constantPower();
        double[] powers = c.powers();
        assertEquals(c.frequencies(), powers.length);
        for (int d = 0; d < powers.length; d++) {
            assertEquals(c.power(d), powers[d], 0.0);
            parts += powers[d];
        }
        // the same squares summed in another order: round-off only
        assertEquals(norm, parts, 1e-12 * norm);
    }

    static double[] mul(double[] m, int n, double[] v) {
        double[] o = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                o[i] += m[i * n + j] * v[j];
            }
        }
        return o;
    }

    static double[] gauss(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }
}
