package org.neurotheory.gridcells;

import java.util.List;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.sweep.SweepSpec;
import org.neurotheory.gridcells.experiments.Fig11ModulesPerN;
import org.neurotheory.gridcells.experiments.Fig13FrequencyBiases;
import org.neurotheory.gridcells.experiments.Fig14BesselExpansion;
import org.neurotheory.gridcells.experiments.Fig15TorusAblations;
import org.neurotheory.gridcells.experiments.Fig17dThreeModules;
import org.neurotheory.gridcells.experiments.Fig18BoxRoom;
import org.neurotheory.gridcells.experiments.Fig19aRingBumps;
import org.neurotheory.gridcells.experiments.Fig19bSphereCaps;
import org.neurotheory.gridcells.experiments.Fig19cdSphereGrids;
import org.neurotheory.gridcells.experiments.Fig19eVolumeLattice;
import org.neurotheory.gridcells.experiments.Fig19fPeriodicVolume;
import org.neurotheory.gridcells.experiments.Fig2aRandomCodes;
import org.neurotheory.gridcells.experiments.Fig2bSeveralModules;
import org.neurotheory.gridcells.experiments.Fig3bFejerHarmonics;
import org.neurotheory.gridcells.experiments.Fig3cCircleLattice;
import org.neurotheory.gridcells.experiments.Fig3dTorusLattice;
import org.neurotheory.gridcells.experiments.Fig4aGoldilocksAnnulus;
import org.neurotheory.gridcells.experiments.Fig4bHexagonalModule;
import org.neurotheory.gridcells.experiments.Fig5aModuleSize;
import org.neurotheory.gridcells.experiments.Fig5aSimulatedModules;
import org.neurotheory.gridcells.experiments.Fig5cModuleOffset;
import org.neurotheory.gridcells.experiments.Fig5dModuleOverlap;
import org.neurotheory.gridcells.experiments.Fig5fghRoomGeometry;
import org.neurotheory.gridcells.experiments.Fig8ChiLength;
import org.neurotheory.gridcells.experiments.Fig9SigmaModules;

/** Registry entry for Dorrell, Latham, Behrens and Whittington, "Actionable Neural Representations: Grid Cells from Minimal Constraints". */
public final class GridcellsPaper implements Paper {
    /** The paper's key. */
    public static final String KEY = "gridcells";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Actionable Neural Representations: Grid Cells from Minimal Constraints";
    }

    @Override
    public String citation() {
        return "W. Dorrell, P. E. Latham, T. E. J. Behrens, J. C. R. Whittington. Actionable Neural Representations: "
                + "Grid Cells from Minimal Constraints. ICLR 2023; arXiv:2209.15563";
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(new Fig2aRandomCodes(), new Fig2bSeveralModules(), new Fig3bFejerHarmonics(), new Fig3cCircleLattice(), new Fig3dTorusLattice(), new Fig4aGoldilocksAnnulus(),
                new Fig4bHexagonalModule(), new Fig5aModuleSize(), new Fig5aSimulatedModules(), new Fig5cModuleOffset(), new Fig5dModuleOverlap(), new Fig5fghRoomGeometry(), new Fig8ChiLength(), new Fig9SigmaModules(),
                new Fig11ModulesPerN(),                new Fig13FrequencyBiases(),
                new Fig14BesselExpansion(), new Fig15TorusAblations(), new Fig17dThreeModules(), new Fig18BoxRoom(), new Fig19aRingBumps(), new Fig19bSphereCaps(), new Fig19cdSphereGrids(), new Fig19eVolumeLattice(),
                new Fig19fPeriodicVolume());
    }

    /**
     * The parameter sweeps of Appendix B.4 ({@code fig8-chi}, {@code fig9-sigma}, {@code fig11-neurons}) and of Fig. 5A's
     * simulations ({@code fig5asim-neurons}): one optimisation per point.
     */
    @Override
    public List<SweepSpec> sweeps() {
        return List.of(new Fig8ChiLength().sweep(), new Fig9SigmaModules().sweep(), new Fig11ModulesPerN().sweep(),
                new Fig5aSimulatedModules().sweep());
    }
}
