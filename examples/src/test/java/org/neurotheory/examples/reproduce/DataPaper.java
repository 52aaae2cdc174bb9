package org.neurotheory.examples.reproduce;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.data.StandardDataset;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;

/**
 * A test-only paper whose one figure needs KMNIST from a folder that does not exist: the dataset
 * catalog throws its {@code DatasetUnavailableException}, wrapped once more as a figure running its
 * work in a pool would see it.
 */
final class DataPaper implements Paper {
    @Override
    public String key() {
        return "needsdata";
    }

    @Override
    public String title() {
        return "A paper whose data is missing";
    }

    @Override
    public String citation() {
        return "Nobody, test suite (2026)";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Kmnist());
    }

    static final class Kmnist implements FigureSpec {
        @Override
        public String key() {
            return "kmnist";
        }

        @Override
        public String title() {
            return "Mean pixel of KMNIST";
        }

        @Override
        public FigureData compute(Scale scale, long seed) {
            DatasetCatalog catalog = new DatasetCatalog(Map.of("neurotheory.data.kmnist", "/nonexistent/kmnist")::get,
                    name -> null, Path.of("/nonexistent/home"), DatasetCatalog.DEBIAN_ROOT);
            ImageDataset d;
            try {
                d = catalog.load(StandardDataset.KMNIST, Split.TEST, 10);
            } catch (RuntimeException e) {
                throw new IllegalStateException("worker failed", e);
            }
            FigureData fig = new FigureData(title());
            fig.panel("a", "x", "y").line("first", new double[] {0, 1}, new double[] {d.pixels()[0], d.pixels()[1]});
            fig.check(Check.holds("loaded", d.size() == 10));
            return fig;
        }
    }
}
