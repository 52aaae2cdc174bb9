package org.neurotheory.examples;

import java.io.PrintStream;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.dln.DeepLinearFlow;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.dln.SaxeModeSolution;
import org.neurotheory.core.linalg.Matrices;
import org.neurotheory.core.ode.DormandPrinceIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;

/**
 * Core demo: a two-layer linear network learns the modes of Sigma_yx = diag(3, 2, 1) one after
 * the other, each along Saxe et al.'s sigmoid (Eq. (6)). Prints time, simulated mode strengths
 * and the closed form. jshell equivalent:
 * <pre>
 * var flow = DeepLinearFlow.twoLayer(LinearRegressionMoments.whitened(Matrices.diag(3, 2, 1), 14), 3, 1.0);
 * var tr = DormandPrinceIntegrator.precise().integrate(flow, flow.pack(SaxeModeSolution.alignedInit(Matrices.diag(3, 2, 1), 3, new double[] {1e-3, 1e-3, 1e-3})), TimeGrid.linear(0, 8, 17));
 * flow.endToEnd(tr.finalState())
 * </pre>
 */
public final class SaxeDemo {
    private SaxeDemo() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the demo, printing to {@code out}; returns the largest relative deviation from the closed form. */
    static double run(PrintStream out) {
        double[] s = {3, 2, 1};
        double a0 = 1e-3;
        DMatrixRMaj sigmaYX = Matrices.diag(s);
        DeepLinearFlow flow = DeepLinearFlow.twoLayer(LinearRegressionMoments.whitened(sigmaYX, 14), 3, 1.0);
        double[] y0 = flow.pack(SaxeModeSolution.alignedInit(sigmaYX, 3, new double[] {a0, a0, a0}));
        Trajectory tr = DormandPrinceIntegrator.precise().integrate(flow, y0, TimeGrid.linear(0, 8, 17));
        double worst = 0;
        out.println("    t    a1(sim)  a1(theory)  a2(sim)  a2(theory)  a3(sim)  a3(theory)");
        for (int i = 0; i < tr.size(); i++) {
            DMatrixRMaj w = flow.endToEnd(tr.state(i));
            StringBuilder line = new StringBuilder(String.format("%5.1f", tr.time(i)));
            for (int m = 0; m < 3; m++) {
                double theory = SaxeModeSolution.strength(s[m], a0, 1.0, tr.time(i));
                double sim = w.get(m, m);
                worst = Math.max(worst, Math.abs(sim - theory) / theory);
                line.append(String.format("  %8.4f  %9.4f", sim, theory));
            }
            out.println(line);
        }
        out.printf("largest relative deviation from Eq. (6): %.2e%n", worst);
        return worst;
    }
}
