package org.neurotheory.gridcells.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.analysis.CodeStatistics;
import org.neurotheory.gridcells.analysis.FieldLattice;
import org.neurotheory.gridcells.analysis.FrequencySpectrum;
import org.neurotheory.gridcells.analysis.ModuleAssignment;
import org.neurotheory.gridcells.analysis.PlaneCodeReport;
import org.neurotheory.gridcells.analysis.VolumeShell;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.ConstraintSchedule;
import org.neurotheory.gridcells.model.NormLossMode;
import org.neurotheory.gridcells.model.ObjectiveParams;
import org.neurotheory.gridcells.model.OptimisationResult;
import org.neurotheory.gridcells.model.OptimiserParams;
import org.neurotheory.gridcells.model.Restarts;

/**
 * Fig. 19E of the paper: an actionable code of position in open 3-D space (the volume analogue of
 * the plane, Section 2.4 with dim = 3), optimised with the same losses. The paper reports one module
 * of neurons whose fields form a densely packed 3-D lattice: face-centred cubic fields, so a body-centred
 * cubic frequency lattice ({@link FieldLattice}). Panels: slices of three neurons' maps (z = 0) and of the
 * first one at y = 0, the largest module's dominant frequencies projected on their principal axes (e1, e2)
 * and (e1, e3) (the fitted lattice basis and the rest, with their negatives), the folded angles between the
 * six shortest lines of the field lattice against 60 and 90 degrees (face-centred cubic: 12 pairs at 60,
 * 3 at 90), in-room negativity per neuron, the losses and the constraint weights.
 */
public final class Fig19eVolumeLattice extends PresetFigure<Fig19eVolumeLattice.Params> {
    /** Lines in the first shell of a face-centred cubic (densely packed) field lattice: twelve neighbours, one per +-a. */
    static final int SHELL = 6;
    /** How far a frequency may lie from the fitted lattice, in units of its shortest basis vector (as on the plane). */
    static final double LATTICE_TOLERANCE = 0.1;

    /**
     * @param optimiser       optimisation settings (dim 3)
     * @param bins            slice bins per side
     * @param extent          half-width of the slices
     * @param checkpointEvery steps between checkpoints of each restart (0: no checkpoint)
     * @param latticeChecks   whether the module and lattice claims are checks (paper scale) or only reported
     *                        in the notes (quick scale)
     * @param restarts        independent restarts; the one {@link Restarts#best} ranks first is analysed
     * @param threads         restarts run in parallel (the result does not depend on it)
     */
    public record Params(OptimiserParams optimiser, int bins, double extent, int checkpointEvery, boolean latticeChecks,
                         int restarts, int threads) {
        public Params {
            Require.nonNull("optimiser", optimiser);
            Require.positive("restarts", restarts);
            Require.positive("threads", threads);
            Require.that(optimiser.dim() == 3, "optimiser.dim", optimiser.dim(), "must be 3 (a volume)");
            Require.that(optimiser.frequencies() >= 3, "optimiser.frequencies", optimiser.frequencies(),
                    "must be >= 3 (a 3-D lattice)");
            Require.that(bins >= 16, "bins", bins, "must be >= 16");
            Require.positive("extent", extent);
            Require.nonNegative("checkpointEvery", checkpointEvery);
        }

        /**
         * N = 25 (D = 12), 12 000 steps: long enough for the code to become nearly non-negative; the code is
         * not one 3-D lattice module at this scale, so the module and lattice claims are reported in the
         * notes, not checked.
         */
        public static Params quick() {
            OptimiserParams o = volume(25).withSteps(12000);
            return new Params(o, 40, 2 * Math.PI, 0, false, 1, 1);
        }

        /**
         * The official volume script's sizes (N = 49, D = 24, 150 000 steps) at sigma^2 = 0.2 instead of its
         * 0.4, and its five restarts (two at a time), each checkpointed every 5 000 steps. At 0.4 every run
         * that became non-negative put its frequencies in a plane (columns of fields) or on a line (bands); a
         * smaller sigma takes the kernel loss out of its Euclidean limit, where the direction of a frequency
         * does not matter (docs).
         */
        public static Params paper() {
            OptimiserParams o = volume(49).withSteps(150000);
            return new Params(o.withObjective(o.objective().withSigmaSq(0.2)), 50, 2 * Math.PI, 5000, true, 5, 2);
        }

        /**
         * The official volume script's objective (kernel loss with chi, sigma^2 = 0.4, l = 1, M = 150,
         * M_S = 15, S = 4) at N neurons with the full budget, the bounded-activity loss in the ratio form
         * of the paper's text and the fast schedule ({@link ConstraintSchedule#fastRatio}), c_f = 100/(2M)^2
         * as on the plane.
         */
        public static OptimiserParams volume(int neurons) {
            ObjectiveParams obj = ObjectiveParams.planeOneModule().withChiLength(1).withShiftStd(4)
                    .withNormMode(NormLossMode.RATIO);
            OptimiserParams p = OptimiserParams.planeOneModule();
            return new OptimiserParams(neurons, 3, (neurons - 1) / 2, obj, ConstraintSchedule.fastRatio(), p.steps(),
                    p.resampleEvery(), p.epsW(), p.epsK(), p.kInit(), 50);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig19eVolumeLattice() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig19e";
    }

    @Override
    public String title() {
        return "Fig. 19E: an actionable code of 3-D space (volume)";
    }

    @Override
    void draw(Params p, long seed, FigureData data) {
        OptimiserParams o = p.optimiser();
        List<OptimisationResult> runs;
        try (Progress progress = Progress.auto(key(), (long) o.steps() * p.restarts())) {
            runs = p.checkpointEvery() == 0 ? Restarts.run(o, p.restarts(), seed, p.threads(), progress)
                    : Restarts.runCheckpointed(o, p.restarts(), seed, p.threads(), key(), p.checkpointEvery(), progress);
        }
        int chosen = Restarts.best(runs);
        data.parameter("chosenRestart", chosen);
        draw(p, seed, runs.get(chosen), data);
    }

    /**
     * The checkpoint file of restart {@code restart} of a checkpointed run ({@link Restarts#checkpoint} labelled
     * {@code fig19e}): a killed run resumes and a finished one is read back.
     */
    public static Path checkpoint(Params p, long seed, int restart) {
        Require.that(restart >= 0 && restart < p.restarts(), "restart", restart, "must lie in [0, " + p.restarts() + ")");
        return Restarts.checkpoint("fig19e", p.optimiser(), seed, restart);
    }

    /**
     * The figure of a finished optimisation {@code r} of {@code p.optimiser()}, e.g. restart i from
     * {@code CodeOptimisation.run(p.optimiser(), Seeds.derive(seed, i), progress)} (or its checkpointed form);
     * the figure itself analyses the restart {@link Restarts#best} ranks first.
     */
    public FigureData compute(Params p, long seed, OptimisationResult r) {
        Require.nonNull("p", p);
        Require.nonNull("r", r);
        ActionableCode c = r.finalCode();
        Require.that(c.neurons() == p.optimiser().neurons() && c.frequencies() == p.optimiser().frequencies() && c.dim() == 3,
                "r", c.neurons() + " neurons, " + c.frequencies() + " frequencies",
                "must be an optimisation of p.optimiser()");
        FigureData data = new FigureData(title());
        data.parameters(p);
        draw(p, seed, r, data);
        return data;
    }

    private void draw(Params p, long seed, OptimisationResult r, FigureData data) {
        data.parameter("schedule", p.optimiser().schedule().name());
        ActionableCode code = r.finalCode();
        int n = code.neurons();
        List<int[]> modules = ModuleAssignment.modules(code);
        int[] largest = modules.get(0);
        for (int i = 0; i < Math.min(3, largest.length); i++) {
            VolumeFigures.slice(data, code, largest[i], 2, p.bins(), p.extent());
        }
        VolumeFigures.slice(data, code, largest[0], 1, p.bins(), p.extent());
        List<FrequencySpectrum.Component> dominant = PlaneFigures.dominant(code, largest);
        List<double[]> vectors = new ArrayList<>();
        for (FrequencySpectrum.Component c : dominant) {
            vectors.add(c.k());
        }
        FieldLattice lattice = vectors.size() >= 3 ? FieldLattice.fit(vectors, LATTICE_TOLERANCE).orElse(null) : null;
        VolumeFigures.projections(data, dominant, lattice == null ? List.of() : List.of(lattice.frequencyBasis()),
                "fitted lattice basis b1 b2 b3 (+-b)");
        VolumeShell shell = lattice == null ? null : lattice.fieldShell(SHELL);
        if (shell != null) {
            double[] idx = new double[shell.angles().length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i + 1;
            }
            data.panel("field-lattice shell angles", "pair of the field lattice's six shortest lines (sorted by angle)",
                            "angle (degrees; a and -a one line)")
                    .markers("angle between the lines of a_i and a_j", idx, sorted(shell.angles()))
                    .referenceLine("60 (face-centred cubic: 12 pairs)", 1, idx.length, 60)
                    .referenceLine("90 (face-centred cubic: 3 pairs)", 1, idx.length, 90);
        }
        double[] neg = CodeStatistics.inRoomNegativity(code, 5000, new SplittableRandom(Seeds.derive(seed, 99)));
        double[] idx = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i + 1;
        }
        data.panel("in-room negativity", "neuron", "min / max rate in the room").markers("neurons", idx, neg)
                .referenceLine("bound -0.1", 1, n, -0.1);
        PlaneFigures.losses(data, r);
        double correlation = VolumeFigures.pairwiseCorrelation(code, largest, p.extent(), Seeds.derive(seed, 98));
        // actionable in 3-D: T(dx) = W G(dx) W^+ moves the optimised code exactly (needs W of full column rank)
        data.check(Check.atMost("max |T(dx) g(x) - g(x + dx)| / max |g| over 20 random x, dx", 1e-8,
                VolumeFigures.transitionError(code, p.extent(), Seeds.derive(seed, 97)), 0));
        // the failure mode of the raw norm loss on the plane (Fig. 4B): power on frequencies below 1/(2L)
        data.check(Check.atMost("share of power below |k| = 1/(2L)", 0.1,
                CodeStatistics.lowFrequencyPowerFraction(code, PlaneCodeReport.LOW_FREQUENCY), 0));
        checks(data, p, n, modules, neg, correlation, lattice, shell, dominant);
    }

    private static void checks(FigureData data, Params p, int n, List<int[]> modules, double[] neg, double correlation,
                               FieldLattice lattice, VolumeShell shell, List<FrequencySpectrum.Component> dominant) {
        StringBuilder sizes = new StringBuilder();
        for (int[] m : modules) {
            sizes.append(sizes.length() == 0 ? "" : ", ").append(m.length);
        }
        data.note("Module sizes (largest first): " + sizes + ".");
        // nearly non-negative: the plane figures' bound (Fig. 4B: a NumPy port of the plane reached -0.02 to -0.05)
        data.check(Check.atLeast("median in-room negativity (min/max rate)", -0.1, CodeStatistics.median(neg), 0));
        // translated copies: neurons of one module differ in phase, so their rates over the slices' cube are weakly
        // correlated (identical neurons give 1)
        data.check(Check.atMost("mean pairwise rate correlation in the largest module (translated copies)", 0.5, correlation, 0));
        List<Check> claims = new ArrayList<>();
        // one module: neurons share one frequency set; as on the plane (Fig. 4B) up to a fifth may be stray
        claims.add(Check.atLeast("largest module / N (one module)", 0.8, modules.get(0).length / (double) n, 0));
        double[] dims = VolumeShell.dimensionShares(dominant);
        data.note(String.format(Locale.ROOT, "Dimension shares of the dominant frequencies (power-weighted k k^T): %.3f, %.3f, %.3f"
                + " (3-D lattice about 1/3 each; a 2-D lattice of columns has a third share near 0).", dims[0], dims[1], dims[2]));
        // a 3-D lattice spans all three directions (body-centred cubic frequencies: 1/3 each); a hexagonal 2-D lattice
        // extruded into columns, or bands, puts under 0.05 on the third
        claims.add(Check.atLeast("smallest dimension share of the dominant frequencies (3-D, not columns or bands)", 0.15,
                dims[2], 0));
        if (shell != null) {
            data.note(String.format(Locale.ROOT, "Fitted frequency basis |b|: %s; field lattice's six shortest lines |a|: %s;"
                    + " their folded angles: %s.", list(VolumeShell.ofVectors(List.of(lattice.frequencyBasis())).lengths(), "%.2f"), list(shell.lengths(), "%.2f"),
                    list(sorted(shell.angles()), "%.0f")));
            // a lattice: the dominant frequencies are integer combinations of three of them (as LatticeTest on the plane)
            claims.add(Check.atLeast("share of dominant frequencies on the fitted frequency lattice (0.1 |b|)", 0.8,
                    lattice.fractionOnLattice(), 0));
            // densely packed fields: a face-centred cubic field lattice, whose twelve nearest neighbours (six lines) have
            // one length (the frequencies' merging leaves about 5% jitter)
            claims.add(Check.atMost("longest / shortest of the field lattice's six shortest lines (one shell)", 1.15,
                    shell.lengthRatio(), 0));
            // face-centred cubic: every pair at 60 or 90 degrees; random directions put a pair within 10 degrees of
            // 60 or 90 with probability 0.47, so all 15 pairs by chance with probability 1e-5
            claims.add(Check.atMost("worst field-shell angle distance from 60 or 90 degrees", 10, shell.worstAngleError(), 0));
            claims.add(Check.atLeast("field-shell pairs within 10 degrees of 60 (face-centred cubic: 12)", 12,
                    shell.anglesNear(60, 10), 0));
        } else {
            claims.add(Check.holds("three independent dominant frequencies (a 3-D frequency lattice)", false));
        }
        PlaneFigures.claims(data, claims, p.latticeChecks());
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }

    private static String list(double[] v, String format) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, format, d));
        }
        return sb.toString();
    }
}
