package org.neurotheory.sparsity.experiments;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.sweep.FinishedRuns;
import org.neurotheory.sparsity.data.FashionMnistSplit;

/**
 * Fig. 2 of Schwarz et al. 2021 (and the sparse-to-sparse table), reduced to the Fashion-MNIST MLP:
 * test accuracy against sparsity when the network is made sparse during training, (a) by gradual
 * magnitude pruning (Zhu and Gupta 2017, the "traditional weight-pruning technique") and (b) by
 * Top-KAST (forward set A, backward set B one tenth of the weights larger) and (c) by RigL, for the baseline
 * (alpha = 1) and Powerprop alpha = 2, 3. The paper's claim: the Powerprop curves lie above the
 * baseline, with the gap growing at high sparsity. At the quick budget this holds for gradual
 * pruning but not for Top-KAST (reported in a note; the sparse-to-sparse methods are checked only
 * at paper scale).
 */
public final class Fig2SparseTraining implements FigureSpec {

    /** How the network is made sparse. */
    public enum Method {
        /** Zhu and Gupta's cubic schedule from 10% to 60% of the budget, then fine-tuning. */
        GRADUAL,
        /** Top-KAST with sets refreshed every interval steps. */
        TOP_KAST,
        /** RigL: drop by magnitude, grow by dense gradient every interval steps until 75% of the budget. */
        RIGL
    }

    /**
     * @param alphas        exponents (1 = baseline first)
     * @param sparsities    target sparsities of the hidden layers, increasing, in (0, 1)
     * @param sizes         layer widths, input first, input {@code (28 / pooling)^2}
     * @param pooling       side of the averaged pixel blocks
     * @param steps         SGD steps per network
     * @param batchSize     minibatch size
     * @param learningRate  SGD learning rate
     * @param interval      steps between mask updates (pruning steps, Top-KAST refreshes)
     * @param backwardExtra Top-KAST's M: backward density minus forward density
     * @param lambda        Top-KAST's exploration regulariser
     */
    public record Params(double[] alphas, double[] sparsities, int[] sizes, int pooling, long steps, int batchSize,
            double learningRate, int interval, double backwardExtra, double lambda) {
        public Params {
            alphas = SparseTrainingParams.alphas(alphas);
            sparsities = SparseTrainingParams.sparsities(sparsities);
            Require.that(pooling >= 1 && 28 % pooling == 0, "pooling", pooling, "must be a divisor of 28");
            int side = 28 / pooling;
            Require.that(sizes != null && sizes.length >= 2 && sizes[0] == side * side && sizes[sizes.length - 1] == 10, "sizes",
                    sizes == null ? null : Arrays.toString(sizes), "must start with " + side * side + " and end with 10");
            sizes = sizes.clone();
            SparseTrainingParams.budget(steps, batchSize, learningRate, interval, backwardExtra, lambda);
        }

        /** Full-size images, MLP 784-300-100-10, 80-98% sparsity, 20,000 steps. */
        public static Params paper() {
            return new Params(new double[] {1, 2, 3}, new double[] {0.8, 0.9, 0.95, 0.98}, new int[] {784, 300, 100, 10}, 1,
                    20_000, 60, 0.1, 100, 0.1, 1e-4);
        }

        /** 14 x 14 images, MLP 196-100-10, 90% and 98% sparsity, 4,000 steps. */
        public static Params quick() {
            return new Params(new double[] {1, 2, 3}, new double[] {0.9, 0.98}, new int[] {196, 100, 10}, 2,
                    4_000, 60, 0.1, 100, 0.1, 1e-4);
        }

        /** The training budget and the sparse methods' settings. */
        public SparseRun.Budget budget() {
            return new SparseRun.Budget(pooling, steps, batchSize, learningRate, interval, backwardExtra, lambda);
        }

        @Override
        public String toString() {
            return "Params[alphas=" + Arrays.toString(alphas) + ", sparsities=" + Arrays.toString(sparsities)
                    + ", sizes=" + Arrays.toString(sizes) + ", pooling=" + pooling + ", steps=" + steps
                    + ", batchSize=" + batchSize + ", learningRate=" + learningRate + ", interval=" + interval
                    + ", backwardExtra=" + backwardExtra + ", lambda=" + lambda + "]";
        }
    }

    @Override
    public String key() {
        return "fig2";
    }

    @Override
    public String title() {
        return "Fig. 2: accuracy vs sparsity when pruning during training (gradual) and sparse-to-sparse (Top-KAST)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        FigureData data = new FigureData(title()).parameters(p);
        int testImages = FashionMnistSplit.load(5000, p.pooling()).test().size();
        // paper scale: each finished network is kept on disk and each running one checkpoints every
        // twentieth of its budget, so a killed run resumes (FinishedRuns.trainOrResume)
        FinishedRuns<SparseRun> finished = FinishedRuns.forFigure(scale, "fig2-seed" + seed, p, SparseRun.CODEC);
        SparseSweep.run(data, scale, p.alphas(), p.sparsities(), p.steps(), p.backwardExtra(), "", "first-layer", Method.values(), true, testImages,
                finished, "fig2", (m, a, s, ck) -> SparseRun.train(p, m, a, s, seed, ck));
        data.note("Hidden layers at the plotted sparsity, the output layer keeps twice the fraction (as Fig. 1a); "
                + "Top-KAST's regulariser acts on the effective weights w.");
        return data;
    }
}
