package org.neurotheory.bioplausible.conv.bench;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.nn.ConvGeometry;
import org.neurotheory.core.nn.Init;
import org.neurotheory.core.nn.LocallyConnected2d;

/**
 * Java side of the locally connected layer timing (paired with {@code src/test/bench/lc_torch.py}):
 * core's {@link LocallyConnected2d} forward and backward (input and weight gradients) per batch for
 * the reduced network's three LC layers. Prints {@code java <name> <median ms> <p10 ms> <p90 ms>}.
 * Run by {@code src/test/bench/lc_compare.sh}, which interleaves Java and PyTorch rounds.
 */
public final class LcLayerTiming {
    private static final int[][] SHAPES = {{1, 8, 36, 1, 32}, {8, 16, 36, 2, 32}, {16, 32, 18, 2, 32}};

    private LcLayerTiming() {
    }

    /** Entry point: {@code LcLayerTiming REPS}. */
    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        for (int li = 0; li < SHAPES.length; li++) {
            int[] s = SHAPES[li];
            ConvGeometry g = new ConvGeometry(s[0], s[2], s[2], 3, s[3], 1);
            LocallyConnected2d layer = new LocallyConnected2d("layer" + (li + 1), g, s[1], false,
                    Init.heNormalFanOut(), Init.uniformFanIn());
            layer.initialise(li);
            INDArray x = Nd4j.randn(DataType.FLOAT, s[4], s[0], s[2], s[2]);
            INDArray gz = Nd4j.randn(DataType.FLOAT, s[4], s[1], g.outHeight(), g.outWidth());
            double[] t = new double[reps];
            for (int r = 0; r < reps + 5; r++) {
                long t0 = System.nanoTime();
                layer.forward(x, true);
                layer.backward(gz, true);
                long t1 = System.nanoTime();
                if (r >= 5) {
                    t[r - 5] = (t1 - t0) / 1e6;
                }
            }
            Arrays.sort(t);
            System.out.printf("java layer%d %.4f %.4f %.4f%n", li + 1, t[reps / 2], t[reps / 10], t[(9 * reps) / 10]);
        }
    }
}
