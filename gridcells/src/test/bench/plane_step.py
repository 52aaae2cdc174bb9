#!/usr/bin/python3
"""NumPy port of one optimisation step of the gridcells plane objective (functional KernChi loss,
positivity, raw norm loss, hand gradients, official Adam), for paired timing against
CodeOptimisation. Usage: plane_step.py N STEPS WARMUP -> prints 'numpy N ms_per_step'."""
import sys, time
import numpy as np

def main():
    n, steps, warm = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    d = (n - 1) // 2; b = 2 * d + 1
    m, ms, S, sig2, l, cf = 150, 15, 5.0, 0.4, 0.5, 100.0 / 300 ** 2
    P = m * (1 + ms)
    rng = np.random.default_rng(0)
    W = rng.standard_normal((n, b)); K = 2 * rng.random((d, 2))
    mW = np.zeros_like(W); vW = np.zeros_like(W); mK = np.zeros_like(K); vK = np.zeros_like(K)
    lp, lb = 1.0, 0.005

    def draw():
        x = rng.standard_normal((m, 2)); s = S * rng.standard_normal((ms, 1, 2))
        X = np.concatenate([x, (x[None] + s).reshape(-1, 2)])
        d2 = ((x[:, None] - x[None]) ** 2).sum(-1)
        return X, 1 - np.exp(-d2 / (2 * l * l))

    def step(t, X, chi):
        nonlocal W, K, mW, vW, mK, vK
        ph = K @ X.T
        c, s = np.cos(ph), np.sin(ph)
        R = np.empty((b, P)); R[0] = 1; R[1::2] = c; R[2::2] = s
        G = W @ R
        # functional
        Gr = G[:, :m]; rn = np.linalg.norm(Gr, axis=1, keepdims=True); U = Gr / rn
        gram = U.T @ U; sq = np.diag(gram)
        delta = sq[:, None] + sq[None] - 2 * gram
        e = cf * chi * np.exp(-delta / (2 * sig2)); A = -e / (2 * sig2)
        dU = 4 * (U * A.sum(1)[None] - U @ A)
        dG = np.zeros_like(G)
        dG[:, :m] = (dU - U * (dU * U).sum(1, keepdims=True)) / rn
        # positivity
        ln = np.linalg.norm(G, axis=1, keepdims=True); scale = (ms + 1) / ln
        neg = np.where(G < 0, -G, 0).sum(1, keepdims=True)
        per = 1.0 / (n * P)
        dG += lp * scale * per * (np.where(G < 0, -1.0, 0.0) - G * neg / ln ** 2)
        # raw norm
        Gs = G[:, m:].reshape(n, ms, m); q = (Gs ** 2).sum(-1)
        r = q - 1; F = np.linalg.norm(r); dq = lb * r / (F * n * ms)
        dG[:, m:] += (2 * Gs * dq[:, :, None]).reshape(n, -1)
        gW = dG @ R.T
        Gam = W.T @ dG
        gK = ((Gam[2::2] * c - Gam[1::2] * s) @ X)
        for th, g, mm, vv in ((W, gW, mW, vW), (K, gK, mK, vK)):
            mm *= 0.9; mm += 0.1 * g; vv *= 0.9; vv += 0.1 * g * g
            th -= 0.1 * (mm / (1 - 0.9 ** (t + 1))) / np.sqrt(vv / (1 - 0.9 ** (t + 1)) + 1e-8)

    X, chi = draw()
    for t in range(warm):
        if t % 5 == 0: X, chi = draw()
        step(t, X, chi)
    t0 = time.process_time()
    for t in range(warm, warm + steps):
        if t % 5 == 0: X, chi = draw()
        step(t, X, chi)
    print("numpy %d %.4f" % (n, (time.process_time() - t0) / steps * 1e3))

main()
