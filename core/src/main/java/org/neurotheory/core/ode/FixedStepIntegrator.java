package org.neurotheory.core.ode;

import org.neurotheory.core.Require;

/**
 * Base of fixed-step integrators. Time is quantised to the step: integration runs
 * {@code round((end - start) / h)} steps, and each recording time is sampled at the nearest step,
 * so a grid of step multiples is recorded exactly (gradient-descent semantics).
 * Events are located by bisection on a partial step taken with the same method.
 */
public abstract class FixedStepIntegrator implements Integrator {
    private final double step;

    protected FixedStepIntegrator(double step) {
        this.step = Require.positive("step", step);
    }

    /** The step size h. */
    public double step() {
        return step;
    }

    /**
     * One step: writes the state at {@code t + h} into {@code out}.
     *
     * @param work scratch arrays allocated once per run by {@link #newWork(int)}
     */
    protected abstract void step(OdeSystem system, double t, double[] y, double h, double[] out, double[][] work);

    /** Scratch arrays for one run of {@link #step}. */
    protected abstract double[][] newWork(int dimension);

    @Override
    public Trajectory integrate(OdeSystem system, double[] y0, TimeGrid grid, StepObserver observer,
                                ThresholdEvent... events) {
        int n = system.dimension();
        Require.length("y0", y0, n);
        Require.allFinite("y0", y0);
        double t0 = grid.start();
        long total = Math.round((grid.end() - t0) / step);
        Trajectory.Recorder rec = new Trajectory.Recorder(system, grid);
        double[] y = y0.clone();
        double[] yNext = new double[n];
        double[] probe = new double[n];
        double[][] work = newWork(n);
        double[] gPrev = new double[events.length];
        for (int e = 0; e < events.length; e++) {
            gPrev[e] = events[e].g().value(t0, y);
        }
        recordDue(rec, 0, t0, y);
        Integrator.observe(observer, system, t0, y);
        for (long k = 0; k < total; k++) {
            double t = t0 + k * step;
            double tNext = t0 + (k + 1) * step;
            step(system, t, y, step, yNext, work);
            DivergenceException.check(yNext, t, y, tNext);
            for (int e = 0; e < events.length; e++) {
                double g = events[e].g().value(tNext, yNext);
                if (events[e].counts(gPrev[e], g)) {
                    locate(system, events[e], t, y, gPrev[e], rec, probe, work);
                }
                gPrev[e] = g;
            }
            double[] swap = y;
            y = yNext;
            yNext = swap;
            recordDue(rec, k + 1, t0, y);
            Integrator.observe(observer, system, tNext, y);
        }
        while (!rec.done()) {
            rec.record(y);
        }
        return rec.build();
    }

    private void recordDue(Trajectory.Recorder rec, long k, double t0, double[] y) {
        while (!rec.done() && Math.round((rec.nextTime() - t0) / step) <= k) {
            rec.record(y);
        }
    }

    private void locate(OdeSystem system, ThresholdEvent event, double t, double[] y, double gStart,
                        Trajectory.Recorder rec, double[] probe, double[][] work) {
        double lo = 0;
        double hi = step;
        while (hi - lo > event.tolerance() && hi - lo > Math.ulp(t) * 4) {
            double mid = 0.5 * (lo + hi);
            step(system, t, y, mid, probe, work);
            double g = event.g().value(t + mid, probe);
            if (event.counts(gStart, g)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        step(system, t, y, hi, probe, work);
        rec.event(event.name(), t + hi, probe);
    }
}
