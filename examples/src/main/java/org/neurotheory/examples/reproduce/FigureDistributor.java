package org.neurotheory.examples.reproduce;

import java.util.List;
import java.util.Optional;
import org.neurotheory.core.paper.PaperRegistry;

/**
 * Runs a batch of figures somewhere other than this JVM, e.g. on a Spark cluster (the
 * {@code neurotheory-spark} module's {@code SparkMain} installs one for {@code reproduce --spark
 * MASTER}). Each figure's files must end up in the runner's output folder and its outcome come back
 * in the order given; a figure that fails is reported like any other failure while the others complete.
 */
public interface FigureDistributor {
    /**
     * @param entries the figures, in order
     * @param runner  the local runner: its output folder, scale, seed and {@link ReproduceRunner#runFigure}
     * @return one outcome per entry, in order
     */
    List<FigureRun> run(List<PaperRegistry.Entry> entries, ReproduceRunner runner);

    /** The distributor {@code reproduce} hands batches of two or more figures to, if one is installed. */
    static Optional<FigureDistributor> installed() {
        return Optional.ofNullable(Installed.distributor);
    }

    /** Installs {@code distributor} for the rest of this JVM's runs (null removes it). */
    static void install(FigureDistributor distributor) {
        Installed.distributor = distributor;
    }

    /** Holder of the installed distributor. */
    final class Installed {
        private static volatile FigureDistributor distributor;

        private Installed() {
        }
    }
}
