package org.neurotheory.multimodal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.multimodal.data.FusionDatasets;
import org.neurotheory.multimodal.data.InverseWishart;
import org.neurotheory.multimodal.data.TrainingSet;
import org.neurotheory.multimodal.data.TwoViewImages;
import org.neurotheory.multimodal.data.ViewCorruption;
import org.neurotheory.multimodal.experiments.FigGTwoViewImages;
import org.neurotheory.multimodal.experiments.FusionRun;
import org.neurotheory.multimodal.experiments.TwoViewProtocol;
import org.neurotheory.multimodal.experiments.TwoViewRun;
import org.neurotheory.multimodal.model.FusionClassifier;
import org.neurotheory.multimodal.model.FusionArchitecture;
import org.neurotheory.multimodal.model.FusionNetwork;
import org.neurotheory.multimodal.model.GeneralisationError;
import org.neurotheory.multimodal.model.Training;
import org.neurotheory.multimodal.model.TrainingRun;
import org.neurotheory.multimodal.model.InitScheme;
import org.neurotheory.multimodal.model.MomentObjective;
import org.neurotheory.multimodal.model.PhaseTimes;
import org.neurotheory.multimodal.theory.BalancedTwoLayerFlow;
import org.neurotheory.multimodal.theory.DeepFusionTheory;
import org.neurotheory.multimodal.theory.InterpolationEndpoints;
import org.neurotheory.multimodal.theory.SuperficialPreference;
import org.neurotheory.multimodal.theory.UnimodalPhaseTheory;

/**
 * Every public constructor and factory rejects bad values with an IllegalArgumentException whose
 * message names the parameter (and the allowed range).
 */
class BadInputTest {
    private record Case(String parameter, Supplier<Object> call) {
    }

    private static final FusionArchitecture LATE = FusionArchitecture.late(1, 1, 4, 1);
    private static final LinearRegressionMoments TOY = FusionDatasets.toy(2, 0).populationMoments();
    /** Two 4x4 one-channel images. */
    private static final ImageDataset TINY = new ImageDataset("tiny", 1, 4, 4, 10, new float[32], new int[2]);

    private static TwoViewProtocol protocol(int train, int test, int pool, int hidden, int depth, int epochs, int batch,
            double lr, double decay) {
        return new TwoViewProtocol(train, test, pool, hidden, depth, epochs, batch, lr, decay, ViewCorruption.paper());
    }

    @TestFactory
    Stream<DynamicTest> everyConstructorNamesTheBadParameter() {
        Case[] cases = {
            new Case("dimA", () -> new FusionArchitecture(0, 1, 4, 2, 1, 1)),
            new Case("dimB", () -> new FusionArchitecture(1, -1, 4, 2, 1, 1)),
            new Case("hidden", () -> new FusionArchitecture(1, 1, 0, 2, 1, 1)),
            new Case("depth", () -> new FusionArchitecture(1, 1, 4, 1, 1, 1)),
            new Case("fusion", () -> new FusionArchitecture(1, 1, 4, 3, 4, 1)),
            new Case("fusion", () -> new FusionArchitecture(1, 1, 4, 3, 0, 1)),
            new Case("leakySlope", () -> new FusionArchitecture(1, 1, 4, 3, 1, 1.5)),
            new Case("arch", () -> new FusionNetwork(null)),
            new Case("scale", () -> new FusionNetwork(LATE).initialise(InitScheme.PER_ENTRY, 0, 1)),
            new Case("leakySlope", () -> new MomentObjective(new FusionNetwork(LATE.withLeakySlope(0)), TOY)),
            new Case("moments.inputs", () -> new MomentObjective(new FusionNetwork(FusionArchitecture.late(2, 1, 4, 1)), TOY)),
            new Case("learningRate", () -> new Training(0, 10, 0)),
            new Case("maxEpochs", () -> new Training(0.1, 0, 0)),
            new Case("stopLoss", () -> new Training(0.1, 10, -1)),
            new Case("theta0", () -> new Training(0.1, 10, 0).run(new MomentObjective(new FusionNetwork(LATE), TOY), new double[3])),
            new Case("sigma shape", () -> new GeneralisationError(new DMatrixRMaj(3, 3), new double[2])),
            new Case("learningRate", () -> new TrainingRun(0, new double[1], new double[1],
                    new double[1], null, new double[2], new double[2], false)),
            new Case("weightB", () -> new TrainingRun(0.1, new double[2], new double[2],
                    new double[1], null, new double[2], new double[2], false)),
            new Case("tA", () -> new PhaseTimes(-1, 3)),
            new Case("tB", () -> new PhaseTimes(1, -3)),
            new Case("dimA", () -> new UnimodalPhaseTheory(TOY, 2)),
            new Case("ratio", () -> UnimodalPhaseTheory.toyTimeRatio(-1, 0)),
            new Case("rho", () -> UnimodalPhaseTheory.toyMisattribution(2, -1)),
            new Case("dimA", () -> new BalancedTwoLayerFlow(TOY, 0, true)),
            new Case("depth", () -> new DeepFusionTheory(1, 1, 2, 0, 0.1)),
            new Case("u0", () -> new DeepFusionTheory(4, 2, 2, 0, 1)),
            new Case("ratio", () -> new DeepFusionTheory(4, 2, 0.5, 0, 0.1)),
            new Case("fusion", () -> new DeepFusionTheory(4, 1, 2, 0, 0.1).learningTimeA()),
            new Case("ratio", () -> SuperficialPreference.prioritisationBoundary(0)),
            new Case("targetRatio", () -> SuperficialPreference.isSuperficial(2, -1)),
            new Case("x.numRows", () -> InterpolationEndpoints.minimumNorm(new DMatrixRMaj(5, 3), new DMatrixRMaj(5, 1))),
            new Case("dimA", () -> InterpolationEndpoints.lateFusion(new DMatrixRMaj(2, 3), new DMatrixRMaj(2, 1), 3)),
            new Case("samples", () -> TrainingSet.draw(FusionDatasets.toy(2, 0), 0, 1)),
            new Case("targets shape", () -> new TrainingSet(FusionDatasets.toy(2, 0), new DMatrixRMaj(4, 2), new DMatrixRMaj(3, 1))),
            new Case("dim", () -> FusionDatasets.diagonal(3, 0.5)),
            new Case("noise", () -> FusionDatasets.diagonal(4, -0.5)),
            new Case("dim", () -> FusionDatasets.randomCovariance(1, 3)),
            new Case("ratio", () -> FusionDatasets.toyWithTarget(0, 1, 1)),
            new Case("df", () -> InverseWishart.sample(1, new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}}), 1)),
            new Case("samples", () -> new FusionRun(FusionDatasets.toy(2, 0), 0, LATE.withLeakySlope(0), InitScheme.PER_ENTRY,
                    1e-3, new Training(0.1, 10, 0))),
            new Case("initScale", () -> new FusionRun(FusionDatasets.toy(2, 0), 10, LATE, InitScheme.PER_ENTRY,
                    0, new Training(0.1, 10, 0))),
            new Case("architecture inputs", () -> new FusionRun(FusionDatasets.toy(2, 0), 10, FusionArchitecture.late(2, 1, 4, 1),
                    InitScheme.PER_ENTRY, 1e-3, new Training(0.1, 10, 0))),
            new Case("probabilityA", () -> new ViewCorruption(1.5, 0.2, 0.1, 0.15)),
            new Case("probabilityBoth", () -> new ViewCorruption(0.8, -0.2, 0.1, 0.15)),
            new Case("signalScale", () -> new ViewCorruption(0.8, 0.2, 2, 0.15)),
            new Case("noiseStd", () -> new ViewCorruption(0.8, 0.2, 0.1, -1)),
            new Case("pixels.length", () -> new TwoViewImages(new float[3], new int[1], 2)),
            new Case("side", () -> new TwoViewImages(new float[0], new int[0], 0)),
            new Case("label", () -> new TwoViewImages(new float[1], new int[] {10}, 1)),
            new Case("count", () -> TwoViewImages.pooled(TINY, 0, 1)),
            new Case("count", () -> TwoViewImages.pooled(TINY, 3, 1)),
            new Case("pool", () -> TwoViewImages.pooled(TINY, 1, 0)),
            new Case("pool", () -> TwoViewImages.pooled(TINY, 1, 3)),
            new Case("view.length", () -> {
                new TwoViewImages(new float[1], new int[1], 1).addCrossCovariance(new float[2], new double[10][1]);
                return null;
            }),
            new Case("inputs", () -> new FusionClassifier(0, 4, 10, 4, 2, 1)),
            new Case("hidden", () -> new FusionClassifier(4, 0, 10, 4, 2, 1)),
            new Case("classes", () -> new FusionClassifier(4, 4, 1, 4, 2, 1)),
            new Case("depth", () -> new FusionClassifier(4, 4, 10, 1, 1, 1)),
            new Case("fusion", () -> new FusionClassifier(4, 4, 10, 4, 5, 1)),
            new Case("learningRate", () -> new FusionClassifier(2, 4, 2, 2, 1, 1).step(new float[2], new float[2], new int[1], 0)),
            new Case("viewA.length", () -> new FusionClassifier(2, 4, 2, 2, 1, 1).loss(new float[3], new float[2], new int[1])),
            new Case("labels.length", () -> new FusionClassifier(2, 4, 2, 2, 1, 1).accuracy(new float[0], new float[0], new int[0])),
            new Case("trainImages", () -> protocol(0, 100, 2, 64, 4, 30, 100, 0.04, 0.996)),
            new Case("testImages", () -> protocol(2000, 0, 2, 64, 4, 30, 100, 0.04, 0.996)),
            new Case("pool", () -> protocol(2000, 100, 3, 64, 4, 30, 100, 0.04, 0.996)),
            new Case("hidden", () -> protocol(2000, 100, 2, 0, 4, 30, 100, 0.04, 0.996)),
            new Case("depth", () -> protocol(2000, 100, 2, 64, 1, 30, 100, 0.04, 0.996)),
            new Case("epochs", () -> protocol(2000, 100, 2, 64, 4, 0, 100, 0.04, 0.996)),
            new Case("batch", () -> protocol(2000, 100, 2, 64, 4, 30, 300, 0.04, 0.996)),
            new Case("learningRate", () -> protocol(2000, 100, 2, 64, 4, 30, 100, 0, 0.996)),
            new Case("learningRateDecay", () -> protocol(2000, 100, 2, 64, 4, 30, 100, 0.04, 0)),
            new Case("corruption", () -> new TwoViewProtocol(2000, 100, 2, 64, 4, 30, 100, 0.04, 0.996, null)),
            new Case("train.size", () -> TwoViewProtocol.quick().run(new TwoViewImages(new float[4], new int[1], 2),
                    new TwoViewImages(new float[4], new int[1], 2), 1, 1)),
            new Case("fusion", () -> new TwoViewRun(0, new double[1], new double[1], new double[1], new double[1])),
            new Case("accuracyB", () -> new TwoViewRun(1, new double[2], new double[2], new double[2], new double[1])),
            new Case("modality", () -> new TwoViewRun(1, new double[2], new double[2], new double[2], new double[2]).onset(2)),
            new Case("scale", () -> new FigGTwoViewImages().compute(null, 1)),
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c.parameter(), () -> {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, c.call()::get);
            assertTrue(ex.getMessage().contains(c.parameter()), "message names " + c.parameter() + ": " + ex.getMessage());
        }));
    }
}
