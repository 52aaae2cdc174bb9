package org.neurotheory.cortex.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Erdős–Rényi connectivity stored as compressed sparse rows (§2.3). Sources are
 * numbered E {@code [0, nE)}, I {@code [nE, nE+nI)}, X {@code [nE+nI, nE+nI+nX)}; receivers are
 * numbered E {@code [0, nE)}, I {@code [nE, nE+nI)}, probes {@code [nE+nI, nE+nI+nProbe)}.
 * The targets of source j in receiver population a (0 = E, 1 = I, 2 = probe) are
 * {@code targets[segment(j, a) .. segment(j, a + 1))}, sorted ascending. Self-connections are
 * allowed, as in the reference simulation; there are no multapses. Efficacies are per projection,
 * so no per-synapse weight is stored (4 bytes per synapse).
 */
public final class SparseConnectivity {
    private final int[] segments;
    private final int[] targets;

    private SparseConnectivity(int[] segments, int[] targets) {
        this.segments = segments;
        this.targets = targets;
    }

    /**
     * Draws the connectivity of {@code params} with geometric skipping (one uniform draw per synapse).
     *
     * @param seed the network seed
     */
    public static SparseConnectivity erdosRenyi(NetworkParameters params, long seed) {
        Require.nonNull("params", params);
        int nSources = params.nE() + params.nI() + params.nX();
        int[] sizes = {params.nE(), params.nI(), params.nProbe()};
        int[] offsets = {0, params.nE(), params.nE() + params.nI()};
        double p = params.p();
        long expected = (long) Math.ceil(p * nSources * (double) (sizes[0] + sizes[1] + sizes[2]));
        Require.that(expected < Integer.MAX_VALUE - 1_000_000, "synapse count", expected, "must fit in an int array");
        int[] tg = new int[(int) Math.min(Integer.MAX_VALUE - 8L, expected + 6 * (long) Math.sqrt(expected + 1) + 64)];
        int[] seg = new int[3 * nSources + 1];
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 1));
        double logQ = p < 1 ? Math.log1p(-p) : 0;
        int n = 0;
        for (int j = 0; j < nSources; j++) {
            for (int a = 0; a < 3; a++) {
                seg[3 * j + a] = n;
                int size = sizes[a];
                if (p <= 0 || size == 0) {
                    continue;
                }
                if (n + size > tg.length) {
                    tg = Arrays.copyOf(tg, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * tg.length + size));
                }
                if (p >= 1) {
                    for (int i = 0; i < size; i++) {
                        tg[n++] = offsets[a] + i;
                    }
                    continue;
                }
                long i = -1;
                while (true) {
                    i += 1 + (long) Math.floor(Math.log(1.0 - rng.nextDouble()) / logQ);
                    if (i >= size) {
                        break;
                    }
                    tg[n++] = offsets[a] + (int) i;
                }
            }
        }
        seg[3 * nSources] = n;
        return new SparseConnectivity(seg, Arrays.copyOf(tg, n));
    }

    /** Start of the targets of source {@code source} in receiver population {@code pop} (0 E, 1 I, 2 probe). */
    public int segment(int source, int pop) {
        return segments[3 * source + pop];
    }

    /** The segment boundaries, length {@code 3 nSources + 1} (shared, do not modify). */
    int[] segments() {
        return segments;
    }

    /** The concatenated target lists (shared, do not modify). */
    int[] targets() {
        return targets;
    }

    /** Total number of synapses. */
    public int synapseCount() {
        return targets.length;
    }

    /** Number of sources (E + I + X). */
    public int sourceCount() {
        return (segments.length - 1) / 3;
    }

    /** Number of synapses from source {@code source} onto receiver population {@code pop}. */
    public int outDegree(int source, int pop) {
        return segments[3 * source + pop + 1] - segments[3 * source + pop];
    }

    /** A copy of the targets of source {@code source} in receiver population {@code pop}. */
    public int[] targetsOf(int source, int pop) {
        return Arrays.copyOfRange(targets, segments[3 * source + pop], segments[3 * source + pop + 1]);
    }

    /** In-degree of every receiver from sources {@code [from, to)}. */
    public int[] inDegrees(int from, int to, int nReceivers) {
        int[] deg = new int[nReceivers];
        for (int k = segments[3 * from]; k < segments[3 * to]; k++) {
            deg[targets[k]]++;
        }
        return deg;
    }
}
