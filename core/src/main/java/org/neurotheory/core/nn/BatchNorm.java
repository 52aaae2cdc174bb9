package org.neurotheory.core.nn;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;

/**
 * Batch normalisation (Ioffe and Szegedy 2015) per feature of [B, F] inputs or per channel of
 * [B, C, H, W] inputs (statistics over batch and positions): y = gamma (x - mu)/sqrt(var + eps)
 * + beta. Training uses the batch mean and biased variance and updates the running statistics as
 * PyTorch does (running = (1 - m) running + m batch, with the unbiased variance, m = 0.1);
 * evaluation uses the running statistics. The running statistics are untrained parameters, so
 * checkpoints carry them.
 */
public final class BatchNorm extends AbstractLayer {
    private final int features;
    private final double eps;
    private final double momentum;
    private final Parameter gamma;
    private final Parameter beta;
    private final Parameter runningMean;
    private final Parameter runningVar;
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;
    private double[] mean;
    private double[] invStd;
    private boolean trainingPass;

    /** PyTorch's defaults: eps 1e-5, momentum 0.1. */
    public BatchNorm(int features) {
        this(null, features, 1e-5, 0.1);
    }

    /**
     * @param name     layer name or {@code null}
     * @param features features F (dense input) or channels C (image input)
     * @param eps      added to the variance (> 0)
     * @param momentum weight of the batch statistics in the running statistics, in (0, 1]
     */
    public BatchNorm(String name, int features, double eps, double momentum) {
        super(name);
        this.features = Require.positive("features", features);
        this.eps = Require.positive("eps", eps);
        this.momentum = Require.inRange("momentum", momentum, 1e-12, 1.0);
        gamma = new Parameter(this, "gamma", Nd4j.ones(DataType.FLOAT, 1, features), true);
        beta = new Parameter(this, "beta", Nd4j.zeros(DataType.FLOAT, 1, features), true);
        runningMean = new Parameter(this, "runningMean", Nd4j.zeros(DataType.FLOAT, 1, features), false);
        runningVar = new Parameter(this, "runningVar", Nd4j.ones(DataType.FLOAT, 1, features), false);
    }

    @Override
    protected String kind() {
        return "batchnorm";
    }

    /** Number of features (dense input) or channels (image input). */
    public int features() {
        return features;
    }

    /** Sets the running statistics used in evaluation (see {@link BatchNormStatistics}). */
    void setRunningStatistics(double[] mean, double[] variance) {
        Tensors.assign(runningMean.value(), mean);
        Tensors.assign(runningVar.value(), variance);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(gamma, beta, runningMean, runningVar);
    }

    @Override
    public void initialise(long seed) {
        gamma.set(Nd4j.ones(gamma.value().dataType(), 1, features));
        beta.set(Nd4j.zeros(beta.value().dataType(), 1, features));
        runningMean.set(Nd4j.zeros(runningMean.value().dataType(), 1, features));
        runningVar.set(Nd4j.ones(runningVar.value().dataType(), 1, features));
    }

    @Override
    public long[] outputShape(long[] s) {
        if (!((s.length == 1 || s.length == 3) && s[0] == features)) {
            throw shapeMismatch("[" + features + "] or [" + features + ", H, W]", s);
        }
        return s.clone();
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        checkInput(in);
        input = Flat.contiguous(in);
        trainingPass = training;
        int b = (int) in.size(0);
        int per = (int) (in.length() / ((long) b * features));
        output = buffer(output, in.dataType(), in.shape());
        mean = new double[features];
        invStd = new double[features];
        int n = b * per;
        try (Flat x = Flat.of(input);
                Flat y = Flat.of(output);
                Flat g = Flat.of(gamma.value());
                Flat bt = Flat.of(beta.value());
                Flat rm = Flat.of(runningMean.value());
                Flat rv = Flat.of(runningVar.value())) {
            for (int f = 0; f < features; f++) {
                double mu;
                double var;
                if (training) {
                    double sum = 0;
                    for (int s = 0; s < b; s++) {
                        for (int q = 0; q < per; q++) {
                            sum += x.get((s * features + f) * per + q);
                        }
                    }
                    mu = sum / n;
                    double ss = 0;
                    for (int s = 0; s < b; s++) {
                        for (int q = 0; q < per; q++) {
                            double d = x.get((s * features + f) * per + q) - mu;
                            ss += d * d;
                        }
                    }
                    var = ss / n;
                    rm.set(f, (1 - momentum) * rm.get(f) + momentum * mu);
                    rv.set(f, (1 - momentum) * rv.get(f) + momentum * (n > 1 ? ss / (n - 1) : var));
                } else {
                    mu = rm.get(f);
                    var = rv.get(f);
                }
                mean[f] = mu;
                invStd[f] = 1 / Math.sqrt(var + eps);
                for (int s = 0; s < b; s++) {
                    for (int q = 0; q < per; q++) {
                        int i = (s * features + f) * per + q;
                        y.set(i, g.get(f) * (x.get(i) - mu) * invStd[f] + bt.get(f));
                    }
                }
            }
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        INDArray go = Flat.contiguous(gradOutput);
        int b = (int) input.size(0);
        int per = (int) (input.length() / ((long) b * features));
        int n = b * per;
        double[] dGamma = new double[features];
        double[] dBeta = new double[features];
        if (inputGradient) {
            gradInput = buffer(gradInput, input.dataType(), input.shape());
        }
        try (Flat x = Flat.of(input);
                Flat gy = Flat.of(go);
                Flat g = Flat.of(gamma.value());
                Flat gx = inputGradient ? Flat.of(gradInput) : null) {
            for (int f = 0; f < features; f++) {
                double sumG = 0;
                double sumGx = 0;
                for (int s = 0; s < b; s++) {
                    for (int q = 0; q < per; q++) {
                        int i = (s * features + f) * per + q;
                        double xhat = (x.get(i) - mean[f]) * invStd[f];
                        sumG += gy.get(i);
                        sumGx += gy.get(i) * xhat;
                    }
                }
                dGamma[f] = sumGx;
                dBeta[f] = sumG;
                if (gx != null) {
                    double gf = g.get(f) * invStd[f];
                    for (int s = 0; s < b; s++) {
                        for (int q = 0; q < per; q++) {
                            int i = (s * features + f) * per + q;
                            if (trainingPass) {
                                double xhat = (x.get(i) - mean[f]) * invStd[f];
                                gx.set(i, gf * (gy.get(i) - sumG / n - xhat * sumGx / n));
                            } else {
                                gx.set(i, gf * gy.get(i));
                            }
                        }
                    }
                }
            }
        }
        Tensors.assign(gamma.gradient(), dGamma);
        Tensors.assign(beta.gradient(), dBeta);
        return inputGradient ? gradInput : null;
    }
}
