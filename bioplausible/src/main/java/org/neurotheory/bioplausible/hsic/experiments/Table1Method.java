package org.neurotheory.bioplausible.hsic.experiments;

import org.neurotheory.bioplausible.hsic.model.CosineKernel;
import org.neurotheory.bioplausible.hsic.model.GaussianKernel;
import org.neurotheory.bioplausible.hsic.model.HsicMode;
import org.neurotheory.bioplausible.hsic.model.Kernel;

/**
 * The ten columns of Table 1 with the Fashion-MNIST hyper-parameters of the paper's scripts:
 * readout (or backprop) learning rate {@code lro}, local learning rate {@code lrb} and group count
 * {@code c}.
 */
public enum Table1Method {
    BACKPROP("backprop", Training.BACKPROP, null, HsicMode.NONE, 5e-3, 0, 0),
    BACKPROP_DIV("backprop grp+div", Training.BACKPROP, null, HsicMode.GROUPED_DIVNORM, 5e-3, 0, 32),
    LAST_LAYER("last layer", Training.READOUT_ONLY, null, HsicMode.NONE, 0.05, 0, 0),
    LAST_LAYER_DIV("last layer grp+div", Training.READOUT_ONLY, null, HsicMode.GROUPED_DIVNORM, 0.05, 0, 32),
    COSSIM("cossim", Training.PHSIC, "cossim", HsicMode.NONE, 5e-3, 1.0, 0),
    COSSIM_GRP("cossim grp", Training.PHSIC, "cossim", HsicMode.GROUPED, 1e-3, 0.6, 32),
    COSSIM_GRP_DIV("cossim grp+div", Training.PHSIC, "cossim", HsicMode.GROUPED_DIVNORM, 5e-4, 1.0, 32),
    GAUSSIAN("Gaussian", Training.PHSIC, "gaussian", HsicMode.NONE, 5e-4, 0.5, 0),
    GAUSSIAN_GRP("Gaussian grp", Training.PHSIC, "gaussian", HsicMode.GROUPED, 5e-4, 1.0, 32),
    GAUSSIAN_GRP_DIV("Gaussian grp+div", Training.PHSIC, "gaussian", HsicMode.GROUPED_DIVNORM, 5e-3, 1.0, 32);

    /** How the hidden layers learn. */
    public enum Training { BACKPROP, READOUT_ONLY, PHSIC }

    private final String label;
    private final Training training;
    private final String kernel;
    private final HsicMode mode;
    private final double lro;
    private final double lrb;
    private final int groups;

    Table1Method(String label, Training training, String kernel, HsicMode mode, double lro, double lrb, int groups) {
        this.label = label;
        this.training = training;
        this.kernel = kernel;
        this.mode = mode;
        this.lro = lro;
        this.lrb = lrb;
        this.groups = groups;
    }

    /** Column label as in the paper. */
    public String label() {
        return label;
    }

    public Training training() {
        return training;
    }

    /** Processing mode (for baselines: whether divisive normalisation is in the forward pass). */
    public HsicMode mode() {
        return mode;
    }

    /** Readout (or backprop) learning rate. */
    public double lro() {
        return lro;
    }

    /** Local learning rate (0 for the baselines). */
    public double lrb() {
        return lrb;
    }

    /** Group count c (0 when no grouping or normalisation). */
    public int groups() {
        return groups;
    }

    /** The activity kernel (Gaussian sigma = 5, or cosine), or null for the baselines. */
    public Kernel kernel() {
        if (kernel == null) {
            return null;
        }
        return kernel.equals("gaussian") ? GaussianKernel.paper() : new CosineKernel();
    }
}
