package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurotheory.core.data.ImageDataset;

/**
 * Same seed, same bytes, whatever thread count the JVM starts with: the same small training runs in
 * two fresh JVMs, one started with {@code OMP_NUM_THREADS=1} and one with {@code OMP_NUM_THREADS=2},
 * and the SHA-256 of the trained parameters must agree. The thread count has to differ at start-up:
 * OpenBLAS reads it when it loads, and before core.nn fixed its products at one OpenBLAS thread the
 * two runs differed in the last bits (a 60 x 196 by 196 x 100 float32 product already did), while
 * {@link ThreadCountTest}, which switches threads inside one JVM, could not see it.
 *
 * <p>The network is sized so that its products pass OpenBLAS's threading threshold (m n k above
 * about 2.6e5): the first dense layer multiplies 60 x 196 by 196 x 100.
 */
class StartupThreadCountTest {

    /** Trains the network and prints the parameters' SHA-256 (the child JVM's entry point). */
    public static void main(String[] args) throws NoSuchAlgorithmException {
        System.out.println("sha256=" + trainedHash());
    }

    static String trainedHash() throws NoSuchAlgorithmException {
        int n = 240;
        int side = 14;
        float[] px = new float[n * side * side];
        int[] labels = new int[n];
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) rng.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = (int) (px[i * side * side] * 10) % 10;
        }
        ImageDataset data = new ImageDataset("synthetic", 1, side, side, 10, px, labels);
        Sequential net = Sequential.of(new Conv2d(new ConvGeometry(1, side, side, 3, 1, 1), 4), new Relu(),
                new LocallyConnected2d(new ConvGeometry(4, side, side, 3, 2, 1), 4), new Relu(),
                new Dense(4 * 7 * 7, 100), new Relu(), new Dense(100, 100), new Relu(), new Dense(100, 10)).initialised(13);
        new Trainer(net, new SoftmaxCrossEntropy(), new Sgd(0.05), TrainingConfig.of(2, 60, 7)).fit(data, null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Parameter p : net.parameters()) {
            for (float v : p.value().castTo(DataType.FLOAT).data().asFloat()) {
                int bits = Float.floatToRawIntBits(v);
                sha.update(new byte[] {(byte) bits, (byte) (bits >>> 8), (byte) (bits >>> 16), (byte) (bits >>> 24)});
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String runChild(int threads) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=off");
        cmd.add("-Dorg.nd4j.log.initialization=false");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StartupThreadCountTest.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
        pb.environment().remove("OPENBLAS_NUM_THREADS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "child JVM with OMP_NUM_THREADS=" + threads + " failed:\n" + out);
        return out.lines().filter(l -> l.startsWith("sha256=")).findFirst()
                .orElseThrow(() -> new AssertionError("no hash from the child JVM:\n" + out));
    }

    @Test
    void oneAndTwoStartupThreadsGiveTheSameBytes() throws Exception {
        assertEquals(runChild(1), runChild(2));
    }
}
