package org.neurotheory.relu.model;

/**
 * Whether the JDK Vector API (incubator module {@code jdk.incubator.vector}) is in the boot layer,
 * i.e. whether the JVM was started with {@code --add-modules jdk.incubator.vector}. The
 * {@code ./neurotheory} launcher and the build's test runs add it; without it every network
 * trains on the scalar path, with the same results up to rounding.
 */
final class VectorSupport {
    /** True when {@link VectorTwoLayerGradient} can be loaded. */
    static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorSupport() {
    }
}
