package org.neurotheory.core.nn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Layers applied in order; itself a {@link Layer}, so it nests. Unnamed layers are named
 * {@code <index>:<kind>} (e.g. {@code 0:dense}); names must be unique. Layer i is initialised
 * from {@code Seeds.derive(seed, i)}.
 *
 * <pre>{@code
 * Sequential mlp = Sequential.of(new Dense(784, 300), new Relu(), new Dense(300, 100), new Relu(), new Dense(100, 10));
 * mlp.initialise(42);
 * }</pre>
 */
public final class Sequential extends AbstractLayer {
    private final List<Layer> layers;
    private final INDArray[] outputs;
    private DataType dataType = DataType.FLOAT;

    /** A network of the given layers (at least one). */
    public static Sequential of(Layer... layers) {
        return new Sequential(null, List.of(layers));
    }

    /**
     * @param name   name when nested, or {@code null}
     * @param layers the layers, in order
     */
    public Sequential(String name, List<? extends Layer> layers) {
        super(name);
        Require.nonNull("layers", layers);
        Require.positive("layers.size()", layers.size());
        this.layers = List.copyOf(layers);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < this.layers.size(); i++) {
            Layer l = this.layers.get(i);
            if (l instanceof AbstractLayer a) {
                a.nameIfUnnamed(i + ":" + a.kind());
            }
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("layers[" + i + "].name = " + l.name()
                        + " is not allowed: layer names must be unique");
            }
        }
        this.outputs = new INDArray[this.layers.size()];
    }

    @Override
    protected String kind() {
        return "sequential";
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    /** Layer {@code i}. */
    public Layer layer(int i) {
        return layers.get(i);
    }

    /** Number of layers. */
    public int size() {
        return layers.size();
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer l : layers) {
            all.addAll(l.parameters());
        }
        return all;
    }

    /** Trainable parameters only. */
    public List<Parameter> trainableParameters() {
        List<Parameter> all = new ArrayList<>();
        for (Parameter p : parameters()) {
            if (p.trainable()) {
                all.add(p);
            }
        }
        return all;
    }

    @Override
    public void initialise(long seed) {
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).initialise(Seeds.derive(seed, i));
        }
    }

    /** Initialises from {@code seed} and returns this network (for chaining in jshell). */
    public Sequential initialised(long seed) {
        initialise(seed);
        return this;
    }

    /** Data type of the parameters (FLOAT unless converted). */
    public DataType dataType() {
        return dataType;
    }

    /** Converts every parameter to {@code type} (DOUBLE for gradient checks) and returns this network. */
    public Sequential castTo(DataType type) {
        for (Parameter p : parameters()) {
            p.castTo(type);
        }
        for (Layer l : layers) {
            if (l instanceof Sequential s) {
                s.castTo(type);
            }
        }
        dataType = type;
        return this;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        long[] s = inputShape;
        for (Layer l : layers) {
            s = l.outputShape(s);
        }
        return s;
    }

    @Override
    public INDArray forward(INDArray input, boolean training) {
        INDArray x = input;
        for (int i = 0; i < layers.size(); i++) {
            x = layers.get(i).forward(x, training);
            outputs[i] = x;
        }
        return x;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        INDArray g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, inputGradient || i > 0);
        }
        return g;
    }

    /** Applies reparameterisation chain rules and masks to every trainable gradient ({@link Parameter#finishGradient()}). */
    public void finishGradients() {
        for (Parameter p : parameters()) {
            p.finishGradient();
        }
    }

    /**
     * The first layer, in forward order, whose last output or whose parameters hold a NaN or an
     * infinity, or {@code null} if none does.
     */
    public String firstNonFiniteLayer() {
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            for (Parameter p : l.parameters()) {
                if (!Tensors.allFinite(p.value())) {
                    return l.name() + " (parameter " + p.name() + ")";
                }
            }
            if (l instanceof Sequential s && s.firstNonFiniteLayer() != null) {
                return l.name() + "/" + s.firstNonFiniteLayer();
            }
            if (!Tensors.allFinite(outputs[i])) {
                return l.name() + " (output)";
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name()).append('[');
        for (int i = 0; i < layers.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(layers.get(i));
        }
        return sb.append(']').toString();
    }
}
