package org.neurotheory.bioplausible.conv.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.nn.ConvGeometry;
import org.neurotheory.core.random.Seeds;

/** Phase-group rule, border range (check 3) and the scale collapse at the first sharing event. */
class LayerGeometryTest {
    @Test
    void phaseGroupsOfAPeriodicInputMatchTheRule() {
        for (int k : new int[] {1, 3, 5}) {
            for (int s : new int[] {1, 2, 3}) {
                for (int h : new int[] {12, 30, 36}) {
                    if (h % s != 0) {
                        continue;
                    }
                    int p = (k - 1) / 2;
                    int out = PhaseGroups.outputSize(h, k, s);
                    // check 3: H_out = H // s, the same as the layer that computes it
                    assertEquals(h / s, out, "output size, k=" + k + " s=" + s + " h=" + h);
                    assertEquals(new ConvGeometry(1, h, h, k, s, p).outHeight(), out,
                            "output size of core's geometry, k=" + k + " s=" + s + " h=" + h);
                    Set<List<Integer>> patches = new HashSet<>();
                    for (int i = 0; i < out; i++) {
                        int first = s * i - p;
                        boolean interior = first >= 0 && first + k - 1 < h;
                        // The official range never admits a border neuron, and is exact for stride 1 and for
                        // k = 3 with stride 2 (the paper's layers); for larger strides it may drop an interior row.
                        boolean official = PhaseGroups.isInterior(i, h, k, s);
                        String at = "k=" + k + " s=" + s + " h=" + h + " i=" + i;
                        if (s == 1 || (k == 3 && s == 2)) {
                            assertEquals(interior, official, at);
                        } else if (official) {
                            assertEquals(true, interior, at);
                        }
                        if (official) {
                            List<Integer> patch = new ArrayList<>();
                            for (int a = 0; a < k; a++) {
                                patch.add((first + a) % k); // periodic input: value = row mod k
                            }
                            patches.add(patch);
                            // identical patches iff same phase (s i) mod k
                            assertEquals(Math.floorMod(first, k), Math.floorMod(PhaseGroups.inputPhase(i, k, s) - p, k));
                        }
                    }
                    int rowsPerAxis = (int) Math.round(Math.sqrt(PhaseGroups.groupCount(k, s)));
                    if (out - 2 >= k) {
                        assertEquals(rowsPerAxis, patches.size(), "k=" + k + " s=" + s + " h=" + h);
                    }
                }
            }
        }
        assertEquals(1, PhaseGroups.interiorStart(3, 1));
        assertEquals(35, PhaseGroups.interiorEnd(36, 3, 1));
        assertEquals(18, PhaseGroups.interiorEnd(36, 3, 2));
        assertEquals(9, PhaseGroups.groupCount(3, 2));
        assertEquals(1, PhaseGroups.groupCount(3, 3));
    }

    @Test
    void sharingShrinksIndependentWeightsByTheSquareRootOfTheGroupSize() {
        int out = 36;
        int k = 3;
        assertEquals(144, ScaleCollapse.groupSize(out, k, 0, 0));
        assertEquals(1.0 / 12, ScaleCollapse.rmsRatio(out, k), 1e-15);
        SplittableRandom rng = Seeds.stream(2);
        double sigma = 0.7;
        int channels = 200;
        double before = 0;
        double after = 0;
        for (int c = 0; c < channels; c++) {
            double[] w = new double[out * out];
            for (int j = 0; j < w.length; j++) {
                w[j] = sigma * rng.nextGaussian();
                before += w[j] * w[j];
            }
            double[] sum = new double[k * k];
            for (int i = 0; i < out; i++) {
                for (int j = 0; j < out; j++) {
                    sum[(i % k) * k + j % k] += w[i * out + j];
                }
            }
            for (int i = 0; i < out; i++) {
                for (int j = 0; j < out; j++) {
                    int g = (i % k) * k + j % k;
                    double m = sum[g] / ScaleCollapse.groupSize(out, k, i % k, j % k);
                    after += m * m;
                }
            }
        }
        // 1800 group means: the mean square has relative standard error sqrt(2/1800) ~ 3.3 %
        double ratio = Math.sqrt(after / before);
        assertEquals(ScaleCollapse.rmsRatio(out, k), ratio, 0.1 * ratio);
        assertEquals(sigma / 12, ScaleCollapse.stdAfterSharing(sigma, 144), 1e-15);
        assertEquals(Math.sqrt(2.0 / (16 * 9)), ScaleCollapse.kaimingStd(16, 3), 1e-15);
    }
}
