package org.neurotheory.relu.model.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * One {@code double[]} that holds several work buffers of {@link VectorTwoLayerGradient}, each
 * starting on a 64-byte boundary, so that every 512-bit vector load and store of a buffer whose
 * rows are whole numbers of lanes stays inside one cache line.
 *
 * <p>A plain Java array is only 8-byte aligned and its elements start 16 bytes after the object,
 * so each 512-bit access of an ordinary array straddles two cache lines. On this project's
 * benchmark machine such split accesses made a training step about 25% slower (the same kernel,
 * same bytes out, measured in one JVM; docs/performance.md). Under the G1 collector an array of at
 * least half a heap region is allocated at the start of a region and never moved, so the arena is
 * made that large and its buffers start at element {@link #FIRST} and then at multiples of eight
 * elements. Under other collectors the arena has the size the buffers need and alignment is left
 * to chance: only the speed depends on it, never the results.
 */
final class AlignedArena {
    /** Doubles per 64 bytes: buffer starts are this many elements apart at least. */
    static final int LINE = 8;
    /** First 64-byte-aligned element of a region-aligned array (16-byte HotSpot array header). */
    static final int FIRST = 6;
    /** Smallest array G1 places at a region start, in doubles (0 when G1 is not in use). */
    private static final long REGION_ALIGNED_LENGTH = regionAlignedLength();
    private final double[] memory;
    private final int[] offsets;

    /**
     * @param lengths the buffers' lengths, each >= 0
     */
    AlignedArena(int... lengths) {
        offsets = new int[lengths.length];
        long at = FIRST;
        for (int i = 0; i < lengths.length; i++) {
            offsets[i] = Math.toIntExact(at);
            at += (lengths[i] + LINE - 1L) / LINE * LINE;
        }
        memory = new double[Math.toIntExact(Math.max(at, Math.min(REGION_ALIGNED_LENGTH, Integer.MAX_VALUE - 16)))];
    }

    /** The shared array: buffer {@code i} occupies {@code [offset(i), offset(i) + lengths[i])}. */
    double[] memory() {
        return memory;
    }

    /** Index in {@link #memory()} of the first element of buffer {@code i}. */
    int offset(int i) {
        return offsets[i];
    }

    private static long regionAlignedLength() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null || !Boolean.parseBoolean(vm.getVMOption("UseG1GC").getValue())) {
                return 0;
            }
            long region = Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue());
            // humongous: more than half a region, counting the 16-byte header
            return region / 2 / Double.BYTES + 1;
        } catch (RuntimeException | LinkageError e) {
            // no HotSpot diagnostics on this JVM: fall back to unaligned buffers
            return 0;
        }
    }
}
