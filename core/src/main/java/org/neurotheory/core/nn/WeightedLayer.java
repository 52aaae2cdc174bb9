package org.neurotheory.core.nn;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Shared parameters of {@link Dense} and the receptive-field layers ({@link Conv2d},
 * {@link LocallyConnected2d}): a FLOAT weight of the layer's shape, an optional per-output bias
 * [1, width], and their initialisation from the layer's fan-in and fan-out (weight from
 * {@code Seeds.derive(seed, 0)}, bias from {@code Seeds.derive(seed, 1)}).
 */
abstract class WeightedLayer extends AbstractLayer {
    private final Init weightInit;
    private final Init biasInit;
    private final int biasWidth;
    protected final Parameter weight;
    protected final Parameter bias;

    /**
     * Creates the parameters, zeroed; the subclass calls {@link #initialise(long)} once its own
     * fields (those {@link #fanIn()} and {@link #fanOut()} read) are set.
     */
    WeightedLayer(String name, boolean withBias, Init weightInit, Init biasInit, int biasWidth, long... weightShape) {
        super(name);
        this.weightInit = Require.nonNull("weightInit", weightInit);
        this.biasInit = withBias ? Require.nonNull("biasInit", biasInit) : null;
        this.biasWidth = biasWidth;
        this.weight = new Parameter(this, "weight", Nd4j.create(DataType.FLOAT, weightShape), true);
        this.bias = withBias ? new Parameter(this, "bias", Nd4j.create(DataType.FLOAT, 1, biasWidth), true) : null;
    }

    /** The fan-in the initialisers scale by. */
    abstract int fanIn();

    /** The fan-out the initialisers scale by. */
    abstract int fanOut();

    /** The weight. */
    public Parameter weight() {
        return weight;
    }

    /** The bias [1, outputs], or {@code null}. */
    public Parameter bias() {
        return bias;
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }

    @Override
    public void initialise(long seed) {
        DataType t = weight.value().dataType();
        weight.set(weightInit.create(Seeds.derive(seed, 0), fanIn(), fanOut(), t, weight.shape()));
        if (bias != null) {
            bias.set(biasInit.create(Seeds.derive(seed, 1), fanIn(), fanOut(), t, 1, biasWidth));
        }
    }
}
