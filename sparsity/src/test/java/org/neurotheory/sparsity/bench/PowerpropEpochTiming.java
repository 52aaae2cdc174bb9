package org.neurotheory.sparsity.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurotheory.core.nn.Sequential;
import org.neurotheory.core.nn.Sgd;
import org.neurotheory.core.nn.SoftmaxCrossEntropy;
import org.neurotheory.core.nn.Trainer;
import org.neurotheory.core.nn.TrainingConfig;
import org.neurotheory.sparsity.data.FashionMnistSplit;
import org.neurotheory.sparsity.model.PowerpropMlp;

/**
 * Paired timing of one training epoch (MLP 784-300-100-10, SGD 0.1, batch 60, 55,000 images,
 * float32) with plain weights (alpha = 1) and Powerprop weights (alpha = 2, 3), against the PyTorch
 * peer {@code src/test/bench/powerprop_mlp.py}, in interleaved rounds within one run:
 * <pre>
 * java -cp &lt;sparsity test classpath&gt; org.neurotheory.sparsity.bench.PowerpropEpochTiming [rounds] [steps]
 * </pre>
 * {@code steps} (default a full epoch, 917) shortens each timed run; times are per step then.
 * In each round the three Java networks train their epochs side by side, in slices of
 * {@value #SLICE} steps whose order rotates, so that load from other processes hits all alphas alike
 * (each slice also pays the trainer's per-call setup, a batch order of the 55,000 images, equally for
 * all three); then the peer trains one epoch per alpha. Prints per round the Java and PyTorch times,
 * then medians, the Java/PyTorch ratio and Powerprop's overhead over alpha = 1.
 */
public final class PowerpropEpochTiming {
    /** Steps per slice of the interleaved Java epochs. */
    private static final int SLICE = 50;

    private PowerpropEpochTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 917;
        FashionMnistSplit data = FashionMnistSplit.load();
        double[] alphas = {1, 2, 3};
        Process py = new ProcessBuilder("/usr/bin/python3", Path.of("src/test/bench/powerprop_mlp.py").toString(), "2",
                String.valueOf(steps)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        PrintWriter toPy = new PrintWriter(py.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader fromPy = new BufferedReader(new InputStreamReader(py.getInputStream(), StandardCharsets.UTF_8));
        interleavedEpochs(data, alphas, Math.min(steps, 100)); // warm-up
        List<double[]> java = new ArrayList<>();
        List<double[]> torch = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] j = interleavedEpochs(data, alphas, steps);
            double[] t = new double[alphas.length];
            for (int a = 0; a < alphas.length; a++) {
                toPy.println("epoch " + alphas[a]);
                t[a] = Double.parseDouble(fromPy.readLine().split(" ")[0]);
                System.out.printf("round %d alpha %.0f: java %.3f s, pytorch %.3f s%n", r, alphas[a], j[a], t[a]);
            }
            java.add(j);
            torch.add(t);
        }
        toPy.println("quit");
        py.waitFor();
        for (int a = 0; a < alphas.length; a++) {
            int k = a;
            double mj = median(java.stream().mapToDouble(v -> v[k]).toArray());
            double mt = median(torch.stream().mapToDouble(v -> v[k]).toArray());
            double[] ratios = new double[rounds];
            double[] overhead = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = java.get(r)[a] / torch.get(r)[a];
                overhead[r] = java.get(r)[a] / java.get(r)[0] - 1;
            }
            Arrays.sort(ratios);
            Arrays.sort(overhead);
            System.out.printf("alpha %.0f: java median %.3f s, pytorch median %.3f s, java/pytorch median %.3f (range %.3f-%.3f),"
                    + " overhead over alpha=1 median %+.1f%% (range %+.1f%% to %+.1f%%)%n", alphas[a], mj, mt, median(ratios),
                    ratios[0], ratios[rounds - 1], 100 * median(overhead), 100 * overhead[0], 100 * overhead[rounds - 1]);
        }
    }

    /** Trains one network per alpha for {@code steps} steps, side by side in rotating slices; returns each one's seconds. */
    private static double[] interleavedEpochs(FashionMnistSplit data, double[] alphas, long steps) {
        Trainer[] trainers = new Trainer[alphas.length];
        for (int a = 0; a < alphas.length; a++) {
            Sequential net = PowerpropMlp.build(PowerpropMlp.paperSizes(), alphas[a], 0);
            trainers[a] = new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(0.1), TrainingConfig.of(1, 60, 0));
        }
        double[] seconds = new double[alphas.length];
        long done = 0;
        for (int r = 0; done < steps; r++) {
            long n = Math.min(SLICE, steps - done);
            for (int k = 0; k < alphas.length; k++) {
                int a = (r + k) % alphas.length;
                long t0 = System.nanoTime();
                trainers[a].train(data.train(), null, n);
                seconds[a] += (System.nanoTime() - t0) * 1e-9;
            }
            done += n;
        }
        return seconds;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
