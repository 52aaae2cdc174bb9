package org.neurotheory.spark;

import org.neurotheory.core.paper.PaperRegistry;

/**
 * The paper registry of an executor JVM, loaded once from its class path (the job jar) on first
 * use. Tasks carry keys, never code; this is where the keys are turned back into figures and sweeps.
 */
final class ExecutorRegistry {
    private static volatile PaperRegistry registry;

    private ExecutorRegistry() {
    }

    static PaperRegistry get() {
        PaperRegistry r = registry;
        if (r == null) {
            synchronized (ExecutorRegistry.class) {
                if (registry == null) {
                    registry = PaperRegistry.load();
                }
                r = registry;
            }
        }
        return r;
    }
}
