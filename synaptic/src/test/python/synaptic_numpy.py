"""NumPy port of the synaptic-sampling loop, for timing against the Java module (docs/performance.md).

Written for this project (not the successor's code): the per-step loop of the "Linear" rule of
Aitchison et al. 2021 (card section 2.5), vectorised over the N synapses the way the successor's
official NumPy code does it (Bayesian_Synapse_Code.py, online mode): every step recomputes m and
s^2 for all synapses, advances the OU target log-weights of all synapses (Euler), draws Bernoulli
spikes, samples log-normal PSPs for the active synapses, forms the error, applies the likelihood
update to the active synapses and the prior update to all. sigma_delta^2 is exact for the first tau
and the constant <sigma_delta^2> afterwards, as in the Java SynapticSimulation.

  full   : the whole model step (Java: BenchSynapticFilter.simulationSteps)
  filter : the filter alone on pre-drawn spikes and noise, learning fixed targets with PSP = mean
           (Java: BenchSynapticFilter.filterSteps)

Usage: /usr/bin/python3 synaptic_numpy.py {full|filter} [steps] [N]
Prints steps/s and synapse-steps/s; also a sanity number (mean posterior log-variance).
"""
import sys
import time

import numpy as np

DT, TAU, MU_P, S2_P, SIG0, K_LOG10 = 0.01, 1000.0, -0.669, 0.07448, 2.0, 0.5


def rates(rng, n):
    while True:
        nu = np.sort(10.0 ** (K_LOG10 * rng.standard_normal(n)))[::-1]
        if np.all(nu * DT <= 1):
            return nu


def full(steps, n, seed=1):
    rng = np.random.default_rng(seed)
    p = rates(rng, n) * DT
    m_p = np.exp(MU_P + S2_P / 2)
    s2_prior = m_p ** 2 * np.expm1(S2_P)
    mean_sd2 = SIG0 ** 2 + p.dot(1 - p) * 2 * s2_prior
    lam = np.full(n, MU_P)
    mu = MU_P * (1 + rng.standard_normal(n))
    sig2 = np.full(n, S2_P)
    dw = np.sqrt(2 * DT * S2_P / TAU)
    exact_steps = int(round(TAU / DT))
    t0 = time.perf_counter()
    for t in range(steps):
        m = np.exp(mu + sig2 / 2)
        s2 = m ** 2 * np.expm1(sig2)
        ix = np.flatnonzero(rng.random(n) < p)
        w = np.exp(mu[ix] + np.sqrt(sig2[ix]) * rng.standard_normal(ix.size))
        delta = np.sum(np.exp(lam[ix]) - w) + SIG0 * rng.standard_normal()
        sd2 = SIG0 ** 2 + 2 * s2[ix].sum() if t < exact_steps else mean_sd2
        g = sig2[ix] * m[ix] / sd2
        lam += DT / TAU * (MU_P - lam) + dw * rng.standard_normal(n)
        mu += -DT / TAU * (mu - MU_P)
        sig2 += -2 * DT / TAU * (sig2 - S2_P)
        mu[ix] += g * delta
        sig2[ix] -= g * g * sd2
    return time.perf_counter() - t0, float(sig2.mean())


def filter_only(steps, n, seed=1, patterns=4096):
    rng = np.random.default_rng(seed)
    p = rates(rng, n) * DT
    active = [np.flatnonzero(rng.random(n) < p) for _ in range(patterns)]
    noise = SIG0 * rng.standard_normal(patterns)
    targets = np.exp(MU_P + np.sqrt(S2_P) * rng.standard_normal(n))
    mu = np.full(n, MU_P)
    sig2 = np.full(n, S2_P)
    sd2 = 4.78
    t0 = time.perf_counter()
    for t in range(steps):
        j = t & (patterns - 1)
        ix = active[j]
        m = np.exp(mu[ix] + sig2[ix] / 2)
        delta = np.sum(targets[ix] - m) + noise[j]
        g = sig2[ix] * m / sd2
        mu += -DT / TAU * (mu - MU_P)
        sig2 += -2 * DT / TAU * (sig2 - S2_P)
        mu[ix] += g * delta
        sig2[ix] -= g * g * sd2
    return time.perf_counter() - t0, float(sig2.mean())


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "full"
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    run = full if mode == "full" else filter_only
    run(1000, n)  # warm-up
    secs, check = run(steps, n)
    print(f"numpy {np.__version__} {mode}: N = {n}, {steps} steps in {secs:.2f} s: "
          f"{steps / secs:.0f} steps/s, {steps * n / secs:.3g} synapse-steps/s (mean sigma^2 {check:.4f})")
