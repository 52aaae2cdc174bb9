package org.neurotheory.sparsity.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.nn.Dense;
import org.neurotheory.core.nn.Evaluation;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.Layer;
import org.neurotheory.core.nn.Parameter;
import org.neurotheory.core.nn.PowerReparameterisation;
import org.neurotheory.core.nn.Relu;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.sparsity.data.FashionMnistSplit;
import org.neurotheory.sparsity.model.MagnitudeRanking;
import org.neurotheory.sparsity.model.OneShotPruning;
import org.neurotheory.sparsity.model.TaskOwnership;

/**
 * One EfficientPackNet run (the paper's Algorithm 1) on permuted Fashion-MNIST for one alpha: a
 * shared body (one bias-free hidden layer, Powerprop kernel) and one 10-way head per task. For task
 * t: free body weights are re-initialised (Powerprop initialiser), the body trains only its free
 * weights (update mask; weights of earlier tasks are used but frozen) together with head t; then
 * the search over keep-fractions of the free weights, sparsest first, stops at the first whose
 * validation accuracy reaches {@code gamma} times the dense one, and those weights become task t's.
 * Task tau is tested with the weights of tasks 1..tau and head tau.
 *
 * @param alpha        Powerprop exponent
 * @param accuracy     {@code accuracy[t][tau]}: test accuracy of task tau after training task t (tau <= t)
 * @param capacityUsed fraction of body weights owned after each task
 * @param kept         keep-fraction of the free weights chosen for each task
 * @param seconds      wall time
 */
public record EpnRun(double alpha, double[][] accuracy, double[] capacityUsed, double[] kept, double seconds) {

    /**
     * One curve of {@link FigClContinualLearning}: the {@code p.tasks()} permuted tasks learnt in turn at
     * exponent {@code alpha} (1: the baseline), e.g. {@code EpnRun.train(FigClContinualLearning.Params.quick(), 2, 1)
     * .capacityUsed()}.
     */
    public static EpnRun train(FigClContinualLearning.Params p, double alpha, long seed) {
        FashionMnistSplit data = FashionMnistSplit.load(5000, p.pooling());
        int inputs = data.train().imageSize();
        long t0 = System.nanoTime();
        Dense body = new Dense("body", inputs, p.hidden(), false, Init.truncatedNormalFanIn(1.0), null);
        body.initialise(Seeds.derive(seed, 0));
        PowerReparameterisation f = alpha == 1 ? null : new PowerReparameterisation(alpha);
        if (f != null) {
            body.weight().reparameterise(f);
        }
        Relu relu = new Relu("relu");
        Parameter w = body.weight();
        TaskOwnership owner = new TaskOwnership((int) w.value().length());
        double[] levels = OneShotPruning.levels(p.lowestLevel(), p.levels());
        List<Dense> heads = new ArrayList<>();
        List<int[]> permutations = new ArrayList<>();
        ImageDataset testImages = FashionMnistSplit.slice(data.test(), "t", 0, p.testImages());
        double[][] acc = new double[p.tasks()][];
        double[] capacity = new double[p.tasks()];
        double[] kept = new double[p.tasks()];
        float[] mask = new float[(int) w.value().length()];
        for (int t = 1; t <= p.tasks(); t++) {
            int[] perm = permutation(inputs, t, seed);
            ImageDataset train = permuted(data.train(), perm, "task" + t + "-train");
            ImageDataset validation = permuted(FashionMnistSplit.slice(data.validation(), "v", 0, p.validationImages()), perm, "v");
            permutations.add(perm); // test sets are re-made when needed: memory stays one task's worth
            if (t > 1) {
                reinitialiseFree(w, owner, f, Seeds.derive(seed, t));
            }
            Dense head = new Dense("head" + t, p.hidden(), 10, true, Init.truncatedNormalFanIn(1.0), Init.zeros());
            head.initialise(Seeds.derive(seed, 1000 + t));
            if (f != null) {
                head.weight().reparameterise(f);
            }
            heads.add(head);
            Sequential net = new Sequential(null, List.<Layer>of(body, relu, head));
            w.setMask(null);
            w.setUpdateMask(Nd4j.create(owner.freeMask(mask), w.shape()));
            int perEpoch = (train.size() + p.batchSize() - 1) / p.batchSize();
            new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(p.learningRate()),
                    TrainingConfig.of((int) (p.stepsPerTask() / perEpoch) + 1, p.batchSize(), Seeds.derive(seed, 2000 + t)))
                    .train(train, null, p.stepsPerTask());
            w.setUpdateMask(null);
            double dense = accuracy(net, validation);
            float[] psi = w.value().castTo(DataType.FLOAT).dup().reshape(-1).toFloatVector();
            int free = owner.free();
            int k = free;
            for (double s : levels) {
                int candidate = MagnitudeRanking.count(s, free);
                w.setMask(Nd4j.create(owner.candidateMask(t, psi, candidate, mask), w.shape()));
                if (accuracy(net, validation) >= p.gamma() * dense) {
                    k = candidate;
                    break;
                }
            }
            owner.claim(t, psi, k);
            kept[t - 1] = free == 0 ? 0 : (double) k / free;
            capacity[t - 1] = owner.capacityUsed();
            acc[t - 1] = new double[t];
            for (int tau = 1; tau <= t; tau++) {
                w.setMask(Nd4j.create(owner.taskMask(tau, mask), w.shape()));
                Sequential netTau = new Sequential(null, List.<Layer>of(body, relu, heads.get(tau - 1)));
                acc[t - 1][tau - 1] = accuracy(netTau, permuted(testImages, permutations.get(tau - 1), "t"));
            }
        }
        return new EpnRun(alpha, acc, capacity, kept, (System.nanoTime() - t0) * 1e-9);
    }

    private static double accuracy(Sequential net, ImageDataset data) {
        return Evaluation.of(net, new SoftmaxCrossEntropy(), data, 1000).accuracy();
    }

    /** Free weights get fresh baseline weights theta mapped to psi = f^-1(theta); owned weights are untouched. */
    private static void reinitialiseFree(Parameter w, TaskOwnership owner, PowerReparameterisation f, long seed) {
        long[] shape = w.shape();
        INDArray theta = Init.truncatedNormalFanIn(1.0).create(seed, (int) shape[0], (int) shape[1], w.value().dataType(), shape);
        INDArray fresh = theta.dup();
        if (f != null) {
            f.invert(theta, fresh);
        }
        INDArray freeMask = Nd4j.create(owner.freeMask(new float[owner.size()]), shape).castTo(w.value().dataType());
        INDArray v = w.value().dup();
        v.muli(freeMask.rsub(1.0)).addi(fresh.muli(freeMask));
        w.set(v);
    }

    /** Task 1: identity; task t > 1: a fixed random permutation of the pixels. */
    static int[] permutation(int n, int task, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        if (task > 1) {
            SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 3000 + task));
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = perm[i];
                perm[i] = perm[j];
                perm[j] = tmp;
            }
        }
        return perm;
    }

    private static ImageDataset permuted(ImageDataset d, int[] perm, String name) {
        int per = d.imageSize();
        float[] in = d.pixels();
        float[] out = new float[in.length];
        for (int s = 0; s < d.size(); s++) {
            int base = s * per;
            for (int i = 0; i < per; i++) {
                out[base + i] = in[base + perm[i]];
            }
        }
        return new ImageDataset(name, d.channels(), d.height(), d.width(), d.classes(), out, d.labels());
    }
}
