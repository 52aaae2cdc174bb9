package org.neurotheory.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.linalg.Interop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dense n x n multiply: EJML (double, allocation-free into a preallocated output) against ND4J
 * (OpenBLAS gemm, double and float, into a preallocated output). Tests the engine split of
 * ARCHITECTURE.md: EJML below the crossover, ND4J above.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class BenchMatrixMultiply {
    @Param({"10", "32", "100", "300", "1000"})
    public int n;

    private DMatrixRMaj a;
    private DMatrixRMaj b;
    private DMatrixRMaj c;
    private INDArray na;
    private INDArray nb;
    private INDArray nc;
    private INDArray fa;
    private INDArray fb;
    private INDArray fc;

    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(42);
        a = new DMatrixRMaj(n, n);
        b = new DMatrixRMaj(n, n);
        c = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            a.data[i] = rng.nextGaussian();
            b.data[i] = rng.nextGaussian();
        }
        na = Interop.toNd4j(a);
        nb = Interop.toNd4j(b);
        nc = Interop.toNd4j(c);
        fa = Interop.toNd4jFloat(a);
        fb = Interop.toNd4jFloat(b);
        fc = Interop.toNd4jFloat(c);
    }

    @Benchmark
    public DMatrixRMaj ejmlDouble() {
        CommonOps_DDRM.mult(a, b, c);
        return c;
    }

    @Benchmark
    public INDArray nd4jDouble() {
        return na.mmuli(nb, nc);
    }

    @Benchmark
    public INDArray nd4jFloat() {
        return fa.mmuli(fb, fc);
    }
}
