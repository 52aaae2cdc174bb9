package org.neurotheory.core.ode;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.neurotheory.core.Require;

/**
 * Adaptive Dormand-Prince 8(5,3) integration (Commons Math {@link DormandPrince853Integrator})
 * with dense output at the grid's times and event location by Commons Math's root finder.
 * The per-component error is kept below {@code absTol + relTol |y|}.
 *
 * <p>A step-size collapse (finite-time blow-up, e.g. {@code y' = y^2}) or a non-finite state
 * raises {@link DivergenceException} with the last accepted finite state.
 */
public final class DormandPrinceIntegrator implements Integrator {
    private static final int MAX_EVALUATIONS = 50_000_000;
    private final double absTol;
    private final double relTol;
    private final double minStep;

    /**
     * @param absTol  absolute tolerance, > 0
     * @param relTol  relative tolerance, > 0
     */
    public DormandPrinceIntegrator(double absTol, double relTol) {
        this.absTol = Require.positive("absTol", absTol);
        this.relTol = Require.positive("relTol", relTol);
        this.minStep = 1e-14;
    }

    /** Tight defaults for theory-vs-simulation checks: absTol = relTol = 1e-10. */
    public static DormandPrinceIntegrator precise() {
        return new DormandPrinceIntegrator(1e-10, 1e-10);
    }

    @Override
    public Trajectory integrate(OdeSystem system, double[] y0, TimeGrid grid, StepObserver observer,
                                ThresholdEvent... events) {
        int n = system.dimension();
        Require.length("y0", y0, n);
        Require.allFinite("y0", y0);
        double t0 = grid.start();
        double t1 = grid.end();
        Trajectory.Recorder rec = new Trajectory.Recorder(system, grid);
        Integrator.observe(observer, system, t0, y0);
        while (!rec.done() && rec.nextTime() <= t0) {
            rec.record(y0);
        }
        if (rec.done()) {
            return rec.build();
        }
        double span = t1 - t0;
        DormandPrince853Integrator dp = new DormandPrince853Integrator(
                Math.max(minStep, Math.ulp(Math.abs(t1)) * 16), span, absTol, relTol);
        dp.setMaxEvaluations(MAX_EVALUATIONS);
        LastFinite last = new LastFinite(t0, y0);
        dp.addStepHandler(new GridRecorder(rec, last, system, observer));
        for (ThresholdEvent e : events) {
            dp.addEventHandler(new EventAdapter(e, rec), Math.max(span / 1000, e.tolerance()), e.tolerance(), 10_000);
        }
        FirstOrderDifferentialEquations eqs = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                system.derivative(t, y, yDot);
            }
        };
        double[] y = y0.clone();
        try {
            dp.integrate(eqs, t0, y0.clone(), t1, y);
        } catch (NumberIsTooSmallException | MathIllegalStateException ex) {
            throw new DivergenceException("adaptive step collapsed (" + ex.getMessage() + ")", last.t, last.y);
        }
        while (!rec.done()) {
            rec.record(y);
        }
        return rec.build();
    }

    /** The last accepted state that was finite. */
    private static final class LastFinite {
        double t;
        double[] y;

        LastFinite(double t, double[] y) {
            this.t = t;
            this.y = y.clone();
        }
    }

    private static final class GridRecorder implements StepHandler {
        private final Trajectory.Recorder rec;
        private final LastFinite last;
        private final OdeSystem system;
        private final StepObserver observer;

        GridRecorder(Trajectory.Recorder rec, LastFinite last, OdeSystem system, StepObserver observer) {
            this.rec = rec;
            this.last = last;
            this.system = system;
            this.observer = observer;
        }

        @Override
        public void init(double t0, double[] y0, double t) {
        }

        @Override
        public void handleStep(StepInterpolator interp, boolean isLast) {
            double tEnd = interp.getCurrentTime();
            interp.setInterpolatedTime(tEnd);
            double[] yEnd = interp.getInterpolatedState();
            DivergenceException.check(yEnd, last.t, last.y, tEnd);
            while (!rec.done() && rec.nextTime() <= tEnd) {
                interp.setInterpolatedTime(rec.nextTime());
                rec.record(interp.getInterpolatedState());
            }
            last.t = tEnd;
            System.arraycopy(yEnd, 0, last.y, 0, yEnd.length);
            Integrator.observe(observer, system, tEnd, yEnd);
        }
    }

    private static final class EventAdapter implements EventHandler {
        private final ThresholdEvent event;
        private final Trajectory.Recorder rec;

        EventAdapter(ThresholdEvent event, Trajectory.Recorder rec) {
            this.event = event;
            this.rec = rec;
        }

        @Override
        public void init(double t0, double[] y0, double t) {
        }

        @Override
        public double g(double t, double[] y) {
            return event.g().value(t, y);
        }

        @Override
        public Action eventOccurred(double t, double[] y, boolean increasing) {
            boolean counts = switch (event.direction()) {
                case UP -> increasing;
                case DOWN -> !increasing;
                case ANY -> true;
            };
            if (counts) {
                rec.event(event.name(), t, y);
            }
            return Action.CONTINUE;
        }

        @Override
        public void resetState(double t, double[] y) {
        }
    }
}
