package org.neurotheory.relu.model.kernel;

/**
 * Whether the JDK Vector API (incubator module {@code jdk.incubator.vector}) is in the boot layer,
 * i.e. whether the JVM was started with {@code --add-modules jdk.incubator.vector}. The
 * {@code ./neurotheory} launcher and the build's test runs add it; without it every network
 * trains on the scalar path, with results that agree to rounding (not bit for bit).
 */
public final class VectorSupport {
    /** True when {@link VectorTwoLayerGradient} can be loaded. */
    public static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorSupport() {
    }
}
