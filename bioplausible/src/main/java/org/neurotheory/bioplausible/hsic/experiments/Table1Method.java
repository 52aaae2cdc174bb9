package org.neurotheory.bioplausible.hsic.experiments;

import org.neurotheory.bioplausible.hsic.model.CosineKernel;
import org.neurotheory.bioplausible.hsic.model.GaussianKernel;
import org.neurotheory.bioplausible.hsic.model.HsicMode;
import org.neurotheory.bioplausible.hsic.model.Kernel;

/**
 * The ten columns of Table 1 with the hyper-parameters of the paper's experiment scripts for each
 * dataset ({@link Table1Dataset}): readout (or backprop) learning rate {@code lro}, local learning
 * rate {@code lrb} and group count {@code c} (used for grouping and for divisive normalisation).
 * Everything else is shared (Sec. 2.10): SGD with momentum 0.95, weight decay 1e-7 local and 1e-6
 * readout, gamma = 2, Gaussian sigma = 5, delta = 1, p = 0.2.
 */
public enum Table1Method {
    // settings: {lro, lrb, c} for MNIST, fMNIST, kMNIST, CIFAR-10 (Table1Dataset order)
    BACKPROP("backprop", "BP", Training.BACKPROP, null, HsicMode.NONE, new double[][] {{0.05, 0, 0}, {5e-3, 0, 0}, {0.05, 0, 0}, {5e-3, 0, 0}}),
    BACKPROP_DIV("backprop grp+div", "BP*", Training.BACKPROP, null, HsicMode.GROUPED_DIVNORM,
            new double[][] {{5e-3, 0, 16}, {5e-3, 0, 32}, {0.05, 0, 32}, {5e-3, 0, 32}}),
    LAST_LAYER("last layer", "LL", Training.READOUT_ONLY, null, HsicMode.NONE,
            new double[][] {{0.05, 0, 0}, {0.05, 0, 0}, {0.05, 0, 0}, {0.05, 0, 0}}),
    LAST_LAYER_DIV("last layer grp+div", "LL*", Training.READOUT_ONLY, null, HsicMode.GROUPED_DIVNORM,
            new double[][] {{0.05, 0, 16}, {0.05, 0, 32}, {0.05, 0, 16}, {0.01, 0, 32}}),
    COSSIM("cossim", "cos", Training.PHSIC, "cossim", HsicMode.NONE,
            new double[][] {{5e-3, 0.5, 0}, {5e-3, 1.0, 0}, {5e-3, 0.6, 0}, {1e-3, 1.0, 0}}),
    COSSIM_GRP("cossim grp", "cos+", Training.PHSIC, "cossim", HsicMode.GROUPED,
            new double[][] {{5e-3, 0.6, 16}, {1e-3, 0.6, 32}, {5e-3, 0.4, 16}, {5e-3, 0.4, 32}}),
    COSSIM_GRP_DIV("cossim grp+div", "cos*", Training.PHSIC, "cossim", HsicMode.GROUPED_DIVNORM,
            new double[][] {{5e-3, 0.4, 16}, {5e-4, 1.0, 32}, {5e-4, 0.4, 16}, {5e-3, 0.1, 32}}),
    GAUSSIAN("Gaussian", "G", Training.PHSIC, "gaussian", HsicMode.NONE,
            new double[][] {{5e-4, 0.6, 0}, {5e-4, 0.5, 0}, {1e-3, 0.6, 0}, {5e-3, 0.1, 0}}),
    GAUSSIAN_GRP("Gaussian grp", "G+", Training.PHSIC, "gaussian", HsicMode.GROUPED,
            new double[][] {{5e-4, 1.0, 32}, {5e-4, 1.0, 32}, {1e-3, 1.0, 32}, {5e-4, 0.6, 32}}),
    GAUSSIAN_GRP_DIV("Gaussian grp+div", "G*", Training.PHSIC, "gaussian", HsicMode.GROUPED_DIVNORM,
            new double[][] {{1e-3, 1.0, 32}, {5e-3, 1.0, 32}, {1e-3, 1.0, 32}, {1e-3, 1.0, 32}});

    /** What the {@link #shortLabel() short labels} abbreviate, for an axis title. */
    public static final String SHORT_LABEL_KEY = "BP backprop, LL last layer, cos cossim, G Gaussian; + grp, * grp+div";

    /** How the hidden layers learn. */
    public enum Training { BACKPROP, READOUT_ONLY, PHSIC }

    private final String label;
    private final String shortLabel;
    private final Training training;
    private final String kernel;
    private final HsicMode mode;
    private final double[][] settings;

    Table1Method(String label, String shortLabel, Training training, String kernel, HsicMode mode, double[][] settings) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.training = training;
        this.kernel = kernel;
        this.mode = mode;
        this.settings = settings;
    }

    /** Column label as in the paper. */
    public String label() {
        return label;
    }

    /**
     * Short label for a figure's method axis ({@link #SHORT_LABEL_KEY} explains it): BP backprop, LL
     * last layer, cos cossim, G Gaussian; + grouped, * grouped with divisive normalisation (up to four
     * characters and no descenders, so that ten fit side by side on a panel's axis on one baseline).
     */
    public String shortLabel() {
        return shortLabel;
    }

    public Training training() {
        return training;
    }

    /** Processing mode (for baselines: whether divisive normalisation is in the forward pass). */
    public HsicMode mode() {
        return mode;
    }

    /** Readout (or backprop) learning rate on {@code dataset}. */
    public double lro(Table1Dataset dataset) {
        return settings[dataset.ordinal()][0];
    }

    /** Local learning rate on {@code dataset} (0 for the baselines). */
    public double lrb(Table1Dataset dataset) {
        return settings[dataset.ordinal()][1];
    }

    /** Group count c on {@code dataset} (0 when no grouping or normalisation). */
    public int groups(Table1Dataset dataset) {
        return (int) settings[dataset.ordinal()][2];
    }

    /** Readout (or backprop) learning rate on Fashion-MNIST. */
    public double lro() {
        return lro(Table1Dataset.FASHION_MNIST);
    }

    /** Local learning rate on Fashion-MNIST (0 for the baselines). */
    public double lrb() {
        return lrb(Table1Dataset.FASHION_MNIST);
    }

    /** Group count c on Fashion-MNIST (0 when no grouping or normalisation). */
    public int groups() {
        return groups(Table1Dataset.FASHION_MNIST);
    }

    /** The activity kernel (Gaussian sigma = 5, or cosine), or null for the baselines. */
    public Kernel kernel() {
        if (kernel == null) {
            return null;
        }
        return kernel.equals("gaussian") ? GaussianKernel.paper() : new CosineKernel();
    }
}
