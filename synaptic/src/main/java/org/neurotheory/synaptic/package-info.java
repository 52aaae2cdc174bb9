/**
 * Synaptic sampling: PSP variability as a synapse's uncertainty.
 *
 * <p>L. Aitchison and P. E. Latham, "Synaptic sampling: A connection between PSP variability and
 * uncertainty explains neurophysiological observations", arXiv:1505.04544 (2015). The 2015 text was
 * not available: the model is rebuilt from the abstract and the successor paper by the same authors
 * (Aitchison et al., "Synaptic plasticity as Bayesian inference", Nat. Neurosci. 24:565, 2021) and
 * its official code; see docs/papers/synaptic.md for what is reconstructed.
 * Section numbers (§2.5), equation labels (Eq. 2.5, S1), predictions P1-P4 and check numbers in
 * this module refer to the model reference on that page.
 *
 * <table>
 * <caption>Figures (reconstructed plan, §4.1)</caption>
 * <tr><th>figure</th><th>class</th><th>test</th></tr>
 * <tr><td>F1 posterior and sampled PSPs</td><td>experiments.Fig1PosteriorSchematic</td><td>SynapticFiguresTest</td></tr>
 * <tr><td>F2 tracking with error bars</td><td>experiments.Fig2Tracking</td><td>SynapticFiguresTest, TargetWeightsTest, SynapticSimulationTest</td></tr>
 * <tr><td>F3 benefit of sampling</td><td>experiments.Fig3SamplingBenefit</td><td>SynapticFiguresTest</td></tr>
 * <tr><td>F4 P1, LTP change vs variability</td><td>experiments.Fig4LtpChange</td><td>SynapticFiguresTest, PublishedDataTest</td></tr>
 * <tr><td>F5 P2, variability vs rate</td><td>experiments.Fig5RateVariability</td><td>SynapticFiguresTest, TheoryTest, PublishedDataTest</td></tr>
 * <tr><td>F6 P3, variance vs mean</td><td>experiments.Fig6MeanVariance</td><td>SynapticFiguresTest, TheoryTest, PublishedDataTest</td></tr>
 * <tr><td>F7 P4, distance from soma</td><td>experiments.Fig7SomaDistance</td><td>SynapticFiguresTest, TheoryTest</td></tr>
 * </table>
 *
 * <p>Model tests: LogNormalBeliefTest (check 1), TargetWeightsTest (2),
 * GaussianWeightFilterTest (3), TheoryTest (4, 9 closed forms), PublishedDataTest (10),
 * BadInputTest; the figures carry 4-9 against simulation.
 */
package org.neurotheory.synaptic;
