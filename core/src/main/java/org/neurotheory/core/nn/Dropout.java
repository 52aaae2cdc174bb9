package org.neurotheory.core.nn;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Inverted dropout: in training each entry is kept with probability 1 - p and scaled by
 * 1/(1 - p); evaluation is the identity. The mask of the n-th training pass is drawn from
 * {@code Seeds.derive(seed, n)}; the seed and the pass counter are an untrained parameter
 * ({@code state} = [seed high 32 bits, seed low 32 bits, passes]), so a resumed run draws the same
 * masks.
 */
public final class Dropout extends AbstractLayer {
    private final double p;
    private final Parameter counter;
    private INDArray output;
    private INDArray mask;
    private INDArray gradInput;
    private boolean trainingPass;

    /** Unnamed dropout with drop probability p in [0, 1). */
    public Dropout(double p) {
        this(null, p);
    }

    /** Named dropout with drop probability p in [0, 1). */
    public Dropout(String name, double p) {
        super(name);
        this.p = Require.inRange("p", p, 0.0, 0.999999);
        counter = new Parameter(this, "state", Nd4j.zeros(DataType.DOUBLE, 3), false);
    }

    @Override
    protected String kind() {
        return "dropout";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(counter);
    }

    @Override
    public void initialise(long seed) {
        counter.set(Nd4j.create(new double[] {seed >>> 32, seed & 0xFFFFFFFFL, 0}, new long[] {3}, DataType.DOUBLE));
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        return inputShape.clone();
    }

    @Override
    public INDArray forward(INDArray in, boolean training) {
        checkInput(in);
        trainingPass = training && p > 0;
        if (!trainingPass) {
            return in;
        }
        INDArray x = Flat.contiguous(in);
        INDArray st = counter.value();
        long seed = ((long) st.getDouble(0) << 32) | (long) st.getDouble(1);
        long pass = (long) st.getDouble(2);
        st.putScalar(2, pass + 1);
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, pass));
        output = buffer(output, x.dataType(), x.shape());
        mask = buffer(mask, x.dataType(), x.shape());
        try (Flat xf = Flat.of(x); Flat yf = Flat.of(output); Flat mf = Flat.of(mask)) {
            double scale = 1 / (1 - p);
            for (int i = 0; i < xf.size(); i++) {
                double m = rng.nextDouble() < p ? 0 : scale;
                mf.set(i, m);
                yf.set(i, xf.get(i) * m);
            }
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradOutput, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        if (!trainingPass) {
            return gradOutput;
        }
        gradInput = buffer(gradInput, gradOutput.dataType(), gradOutput.shape());
        gradInput.assign(gradOutput).muli(mask);
        return gradInput;
    }
}
