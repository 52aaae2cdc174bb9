/**
 * cortex: a reconstruction of arXiv:1511.00411 on a substitute model (SUB-0), a balanced
 * current-based LIF E-I network driven by a structured external population. The paper's text
 * could not be retrieved; every figure is labelled a reconstruction. Section numbers (§2.3) and
 * check numbers in this module refer to the model reference on docs/papers/cortex.md.
 *
 * <table>
 * <caption>Figure, class and test</caption>
 * <tr><th>figure</th><th>class</th><th>test</th></tr>
 * <tr><td>S1 input states</td><td>{@link org.neurotheory.cortex.experiments.FigS1InputStates}</td><td>CortexFiguresTest</td></tr>
 * <tr><td>S2 asynchronous state A</td><td>{@link org.neurotheory.cortex.experiments.FigS2Asynchronous}</td><td>CortexFiguresTest</td></tr>
 * <tr><td>S3 correlations A, H, B, U</td><td>{@link org.neurotheory.cortex.experiments.FigS3Correlations}</td><td>CortexFiguresTest</td></tr>
 * <tr><td>S4 volley precision C</td><td>{@link org.neurotheory.cortex.experiments.FigS4Precision}</td><td>CortexFiguresTest</td></tr>
 * <tr><td>S5 subthreshold correlations</td><td>{@link org.neurotheory.cortex.experiments.FigS5SubthresholdCorrelations}</td><td>CortexFiguresTest</td></tr>
 * <tr><td>S6 Up/Down U</td><td>{@link org.neurotheory.cortex.experiments.FigS6UpDown}</td><td>CortexFiguresTest</td></tr>
 * <tr><td>S7 theory vs simulation</td><td>{@link org.neurotheory.cortex.experiments.FigS7TheoryVsSimulation}</td><td>CortexFiguresTest</td></tr>
 * <tr><td>checks 1..6</td><td>model, theory</td><td>SimulatorTest, TheoryTest</td></tr>
 * <tr><td>checks 7, 9 (full SUB-0)</td><td>{@link org.neurotheory.cortex.experiments.StateSummary}</td><td>NetworkStateTest</td></tr>
 * </table>
 */
package org.neurotheory.cortex;
