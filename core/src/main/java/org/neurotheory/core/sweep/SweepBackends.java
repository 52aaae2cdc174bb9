package org.neurotheory.core.sweep;

import org.neurotheory.core.Require;

/**
 * The backend that figures hand their registered sweeps to: {@link ThreadPoolBackend#local()}
 * unless a caller (e.g. {@code reproduce --spark}) installs another for the run.
 */
public final class SweepBackends {
    private static volatile SweepBackend current;

    private SweepBackends() {
    }

    /** The backend in use. */
    public static SweepBackend current() {
        SweepBackend b = current;
        if (b == null) {
            synchronized (SweepBackends.class) {
                if (current == null) {
                    current = ThreadPoolBackend.local();
                }
                b = current;
            }
        }
        return b;
    }

    /** Installs {@code backend} for what follows; returns the one it replaces. */
    public static SweepBackend use(SweepBackend backend) {
        Require.nonNull("backend", backend);
        synchronized (SweepBackends.class) {
            SweepBackend old = current();
            current = backend;
            return old;
        }
    }
}
