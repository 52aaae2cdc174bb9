package org.neurotheory.sparsity.experiments;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.sparsity.data.FashionMnistSplit;

/**
 * The continual-learning experiment of Schwarz et al. 2021 (Algorithm 1, EfficientPackNet +
 * Powerprop) on permuted Fashion-MNIST: (a) test accuracy of each task after the last task, with
 * its accuracy right after it was learnt (equal: masks freeze old tasks, no forgetting); (b) average
 * accuracy over the tasks seen against the number of tasks; (c) fraction of the shared weights used
 * against the number of tasks. The paper's claim: Powerprop's compressed representations let EPN
 * keep each task with fewer weights, so more tasks fit at fixed capacity.
 */
public final class FigClContinualLearning implements FigureSpec {

    /**
     * @param alphas           exponents (1 = baseline first)
     * @param tasks            number of permuted tasks (task 1 = unpermuted)
     * @param hidden           width of the shared hidden layer
     * @param pooling          side of the averaged pixel blocks
     * @param stepsPerTask     SGD steps per task
     * @param batchSize        minibatch size
     * @param learningRate     SGD learning rate
     * @param gamma            acceptance fraction of the search (keep the sparsest mask with validation accuracy >= gamma x dense)
     * @param lowestLevel      sparsest candidate keep-fraction of the free weights
     * @param levels           number of geometric candidates up to 1
     * @param validationImages validation images per task
     * @param testImages       test images per task
     */
    public record Params(double[] alphas, int tasks, int hidden, int pooling, long stepsPerTask, int batchSize,
            double learningRate, double gamma, double lowestLevel, int levels, int validationImages, int testImages) {
        public Params {
            Require.that(alphas != null && alphas.length >= 2 && alphas[0] == 1, "alphas",
                    alphas == null ? null : Arrays.toString(alphas), "must start with the baseline 1 and hold at least two values");
            alphas = alphas.clone();
            Require.inRange("tasks", tasks, 2, 1000);
            Require.positive("hidden", hidden);
            Require.that(pooling >= 1 && 28 % pooling == 0, "pooling", pooling, "must be a divisor of 28");
            Require.positive("stepsPerTask", stepsPerTask);
            Require.positive("batchSize", batchSize);
            Require.positive("learningRate", learningRate);
            Require.that(gamma > 0 && gamma <= 1, "gamma", gamma, "must be in (0, 1]");
            Require.openRange("lowestLevel", lowestLevel, 0, 1);
            Require.that(levels >= 2, "levels", levels, "must be >= 2");
            Require.inRange("validationImages", validationImages, 1, 5000);
            Require.inRange("testImages", testImages, 1, 10000);
        }

        /** 30 tasks of 2,000 steps (about two epochs), full-size images, hidden layer 300, gamma 0.95. */
        public static Params paper() {
            return new Params(new double[] {1, 2, 3}, 30, 300, 1, 2_000, 60, 0.1, 0.95, 0.01, 20, 5000, 10000);
        }

        /** 5 tasks of 1,000 steps, 14 x 14 images, hidden layer 100, gamma 0.95. */
        public static Params quick() {
            return new Params(new double[] {1, 2, 3}, 5, 100, 2, 1_000, 60, 0.1, 0.95, 0.01, 20, 1000, 2000);
        }

        @Override
        public String toString() {
            return "Params[alphas=" + Arrays.toString(alphas) + ", tasks=" + tasks + ", hidden=" + hidden + ", pooling="
                    + pooling + ", stepsPerTask=" + stepsPerTask + ", batchSize=" + batchSize + ", learningRate=" + learningRate
                    + ", gamma=" + gamma + ", lowestLevel=" + lowestLevel + ", levels=" + levels + ", validationImages="
                    + validationImages + ", testImages=" + testImages + "]";
        }
    }

    @Override
    public String key() {
        return "figcl";
    }

    @Override
    public String title() {
        return "Continual learning: EfficientPackNet with and without Powerprop on permuted Fashion-MNIST";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        FigureData data = new FigureData(title()).parameters(p);
        FashionMnistSplit.load(5000, p.pooling());
        // every alpha trains from the figure's seed (the sweep's derived seeds are not used), two at a time
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        EpnRun[] runs = Sweep.run(Arrays.stream(p.alphas()).boxed().toList(), seed, threads,
                (a, unused) -> EpnRun.train(p, a, seed)).stream().map(Sweep.Row::result).toArray(EpnRun[]::new);
        int n = p.tasks();
        double[] taskAxis = new double[n];
        for (int t = 0; t < n; t++) {
            taskAxis[t] = t + 1;
        }
        Panel perTask = data.panel("a: accuracy of each task " + p.stepsPerTask() + " steps per task", "task", "test accuracy")
                .title("a", "task accuracy: dots when learnt, line at the end");
        Panel average = data.panel("b: average accuracy over the tasks learnt", "number of tasks", "mean test accuracy")
                .title("b", "average accuracy, " + p.stepsPerTask() + " steps per task");
        Panel capacity = data.panel("c: capacity used (gamma " + p.gamma() + ")", "number of tasks", "fraction of shared weights owned")
                .title("c", "capacity used (gamma = " + p.gamma() + ")");
        for (EpnRun r : runs) {
            String name = Labels.alpha(r.alpha());
            double[] justLearnt = new double[n];
            double[] afterAll = new double[n];
            double[] mean = new double[n];
            int forgotten = 0;
            for (int t = 0; t < n; t++) {
                justLearnt[t] = r.accuracy()[t][t];
                afterAll[t] = r.accuracy()[n - 1][t];
                forgotten += justLearnt[t] == afterAll[t] ? 0 : 1;
                double s = 0;
                for (double v : r.accuracy()[t]) {
                    s += v;
                }
                mean[t] = s / (t + 1);
            }
            perTask.markers(name + " right after learning it", taskAxis, justLearnt)
                    .condition(name + " right after learning it", name);
            perTask.line(name + " after all " + n + " tasks", taskAxis, afterAll)
                    .condition(name + " after all " + n + " tasks", name);
            average.line(name, taskAxis, mean);
            capacity.line(name, taskAxis, r.capacityUsed());
            // Algorithm 1 freezes every earlier task's weights and head: accuracy must not move at all
            data.check(Check.atMost(name + ": tasks whose test accuracy changed after later tasks", 0, forgotten, 0));
            data.parameter("keep-fractions alpha=" + r.alpha(), r.kept());
            data.parameter("trainSeconds alpha=" + r.alpha(), r.seconds());
        }
        // the paper: Powerprop lets EPN keep each task in fewer weights, leaving more room for later tasks
        for (int a = 1; a < runs.length; a++) {
            data.check(Check.atMost(Labels.alpha(runs[a].alpha()) + ": capacity used after " + n + " tasks at most the baseline's",
                    runs[0].capacityUsed()[n - 1], runs[a].capacityUsed()[n - 1], 0));
        }
        return data;
    }
}
