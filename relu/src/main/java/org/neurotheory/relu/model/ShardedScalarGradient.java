package org.neurotheory.relu.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.relu.model.kernel.ShardWorker;

/**
 * The scalar pass on several threads: the samples are cut into {@code threads} contiguous shards
 * (mirrored pairs kept together), shard 0 runs on the calling thread and the others on
 * {@link ShardWorker}s, and the shard sums are added in shard order, so a given thread count always
 * gives the same bytes (a different count rounds differently). Not thread-safe; allocates nothing
 * per call.
 */
final class ShardedScalarGradient implements GradientSum {
    private final ScalarNetworkGradient[] shards;
    private final double[][] sums;
    private final ShardWorker[] workers;

    /**
     * @param network the architecture
     * @param data    samples; dimensions already checked against the network
     * @param threads shards, >= 2 and at most the number of samples (pairs, for mirrored data)
     */
    ShardedScalarGradient(BiasFreeNetwork network, RegressionData data, int threads) {
        shards = new ScalarNetworkGradient[threads];
        sums = new double[threads][network.parameterCount()];
        workers = new ShardWorker[threads - 1];
        for (int s = 0; s < threads; s++) {
            ScalarNetworkGradient shard = new ScalarNetworkGradient(network, shard(data, s, threads));
            shards[s] = shard;
            if (s > 0) {
                double[] sum = sums[s];
                workers[s - 1] = new ShardWorker((p, withGradient) -> shard.accumulate(p, sum, withGradient));
            }
        }
    }

    @Override
    public double accumulate(double[] params, double[] grad, boolean withGradient) {
        for (ShardWorker w : workers) {
            w.request(params, withGradient);
        }
        double loss = shards[0].accumulate(params, sums[0], withGradient);
        for (ShardWorker w : workers) {
            loss += w.await();
        }
        if (withGradient) {
            System.arraycopy(sums[0], 0, grad, 0, grad.length);
            for (int s = 1; s < shards.length; s++) {
                double[] g = sums[s];
                for (int i = 0; i < grad.length; i++) {
                    grad[i] += g[i];
                }
            }
        }
        return loss;
    }

    /** Rows of shard {@code s} of {@code n}: a contiguous range (of pairs, for mirrored data). */
    private static RegressionData shard(RegressionData data, int s, int n) {
        DMatrixRMaj in = data.inputs();
        DMatrixRMaj out = data.targets();
        int p = data.size();
        boolean pairs = data.mirrored();
        int units = pairs ? p / 2 : p;
        int from = (int) ((long) units * s / n);
        int to = (int) ((long) units * (s + 1) / n);
        int rows = (to - from) * (pairs ? 2 : 1);
        DMatrixRMaj xs = new DMatrixRMaj(rows, in.numCols);
        DMatrixRMaj ys = new DMatrixRMaj(rows, out.numCols);
        CommonOps_DDRM.extract(in, from, to, 0, in.numCols, xs, 0, 0);
        CommonOps_DDRM.extract(out, from, to, 0, out.numCols, ys, 0, 0);
        if (pairs) {
            int half = p / 2;
            CommonOps_DDRM.extract(in, half + from, half + to, 0, in.numCols, xs, to - from, 0);
            CommonOps_DDRM.extract(out, half + from, half + to, 0, out.numCols, ys, to - from, 0);
        }
        return new RegressionData(xs, ys);
    }
}
