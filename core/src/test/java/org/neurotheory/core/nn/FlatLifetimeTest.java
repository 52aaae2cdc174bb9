package org.neurotheory.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A raw view must keep its array reachable while it is open: ND4J frees the native memory of an
 * unreachable array, and a loop over the view would then read or write freed memory. (A paper-scale
 * pHSIC run crashed that way in LeakyRelu.backward, whose gradient came from the layer above and was
 * referenced by nothing else.)
 */
class FlatLifetimeTest {
    @Test
    void anOpenViewKeepsItsArrayReachable() {
        INDArray a = Nd4j.create(DataType.FLOAT, 256, 1024).assign(1.5);
        WeakReference<INDArray> ref = new WeakReference<>(a);
        try (Flat view = Flat.of(a)) {
            a = null;
            for (int i = 0; i < 5 && ref.get() != null; i++) {
                System.gc();
            }
            assertNotNull(ref.get(), "the array was collected while its view was open");
            double sum = 0;
            for (int i = 0; i < view.size(); i++) {
                sum += view.get(i);
            }
            assertEquals(1.5 * 256 * 1024, sum, "the view reads the array's values");
        }
    }
}
