package org.neurotheory.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.random.Seeds;

class MatricesTest {
    private static DMatrixRMaj randomSpd(int n, long seed) {
        var rng = Seeds.stream(seed);
        DMatrixRMaj a = new DMatrixRMaj(n + 5, n);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = rng.nextGaussian();
        }
        return Matrices.gram(a);
    }

    @Test
    void whitenedRowsHaveIdentitySecondMoment() {
        var rng = Seeds.stream(1);
        DMatrixRMaj x = new DMatrixRMaj(200, 4);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian() * (1 + i % 4);
        }
        DMatrixRMaj g = Matrices.gram(Matrices.whiten(x));
        assertTrue(MatrixFeatures_DDRM.isIdentity(g, 1e-10));
    }

    @Test
    void solveSpdSolves() {
        DMatrixRMaj a = randomSpd(5, 2);
        DMatrixRMaj b = new DMatrixRMaj(5, 2);
        for (int i = 0; i < b.data.length; i++) {
            b.data[i] = i - 3;
        }
        DMatrixRMaj x = Matrices.solveSpd(a, b);
        DMatrixRMaj ax = new DMatrixRMaj(5, 2);
        CommonOps_DDRM.mult(a, x, ax);
        assertTrue(MatrixFeatures_DDRM.isEquals(ax, b, 1e-9));
        DMatrixRMaj notSpd = CommonOps_DDRM.diag(1, -1, 1, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> Matrices.solveSpd(notSpd, b));
    }

    @Test
    void randomOrthogonalIsOrthogonalAndSeeded() {
        DMatrixRMaj q = Matrices.randomOrthogonal(6, Seeds.stream(3));
        DMatrixRMaj qtq = new DMatrixRMaj(6, 6);
        CommonOps_DDRM.multTransA(q, q, qtq);
        assertTrue(MatrixFeatures_DDRM.isIdentity(qtq, 1e-12));
        assertTrue(MatrixFeatures_DDRM.isIdentical(q, Matrices.randomOrthogonal(6, Seeds.stream(3)), 0));
    }

    @Test
    void spectrumIsDescendingAndReconstructs() {
        DMatrixRMaj a = randomSpd(4, 4);
        Matrices.Spectrum s = Matrices.spectrum(a);
        for (int i = 1; i < 4; i++) {
            assertTrue(s.values()[i - 1] >= s.values()[i]);
        }
        assertTrue(MatrixFeatures_DDRM.isEquals(a, s.apply(v -> v), 1e-10));
        DMatrixRMaj root = Matrices.sqrtPsd(a);
        DMatrixRMaj sq = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.mult(root, root, sq);
        assertTrue(MatrixFeatures_DDRM.isEquals(a, sq, 1e-10));
    }

    @Test
    void svdReconstructsWithDescendingValues() {
        DMatrixRMaj m = new DMatrixRMaj(new double[][] {{1, 2, 0}, {0, 1, 3}});
        Matrices.Svd svd = Matrices.svd(m);
        assertTrue(svd.s()[0] >= svd.s()[1]);
        DMatrixRMaj us = new DMatrixRMaj(2, 2);
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                us.set(i, k, svd.u().get(i, k) * svd.s()[k]);
            }
        }
        DMatrixRMaj vt = new DMatrixRMaj(2, 3);
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 3; j++) {
                vt.set(k, j, svd.v().get(j, k));
            }
        }
        DMatrixRMaj r = new DMatrixRMaj(2, 3);
        CommonOps_DDRM.mult(us, vt, r);
        assertTrue(MatrixFeatures_DDRM.isEquals(m, r, 1e-12));
    }

    @Test
    void interopRoundTripsExactly() {
        DMatrixRMaj m = randomSpd(3, 6);
        INDArray a = Interop.toNd4j(m);
        assertEquals(m.get(1, 2), a.getDouble(1, 2), 0);
        assertTrue(MatrixFeatures_DDRM.isIdentical(m, Interop.fromNd4j(a), 0));
        assertTrue(MatrixFeatures_DDRM.isIdentical(m, Interop.fromArray(Interop.toArray(m)), 0));
        assertEquals((float) m.get(0, 1), Interop.toNd4jFloat(m).getFloat(0, 1), 0);
    }

    /** A class loader that remembers every class it was asked to define. */
    private static final class RecordingLoader extends URLClassLoader {
        final List<String> loaded = new ArrayList<>();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            loaded.add(name);
            return super.findClass(name);
        }
    }

    @Test
    void ejmlOnlyComputationDoesNotLoadNd4j() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(p).toUri().toURL());
        }
        try (RecordingLoader loader = new RecordingLoader(urls.toArray(URL[]::new))) {
            Class<?> probe = loader.loadClass("org.neurotheory.core.linalg.LazyNd4jProbe");
            Object result = probe.getMethod("ejmlOnly").invoke(null);
            assertEquals(1.5, (double) result, 1e-12);
            assertTrue(loader.loaded.contains("org.neurotheory.core.linalg.Matrices"));
            assertTrue(loader.loaded.contains("org.neurotheory.core.linalg.Interop"),
                    "the probe references Interop but must not run its ND4J code");
            assertFalse(loader.loaded.stream().anyMatch(n -> n.startsWith("org.nd4j")),
                    "ND4J classes were loaded: " + loader.loaded.stream().filter(n -> n.startsWith("org.nd4j")).toList());
        }
    }
}
