"""PyTorch side of the locally connected layer timing (paired with LcLayerTiming.java).

LC layer as in the official code's idea, written the fast way: unfold (im2col) + one batched
matmul over positions, forward and backward (input and weight gradients) per batch.
Prints one line per shape: 'torch <name> <median ms> <p10 ms> <p90 ms>'.
Usage: python3 lc_torch.py REPS   (shapes fixed below, the reduced network's three LC layers)
"""
import sys
import time

import torch
import torch.nn.functional as F

SHAPES = [  # name, C_in, C_out, H, stride, batch
    ("layer1", 1, 8, 36, 1, 32),
    ("layer2", 8, 16, 36, 2, 32),
    ("layer3", 16, 32, 18, 2, 32),
]


def lc_forward(x, w, k, stride):
    # x [B, C, H, W]; w [P, K, Cout]
    cols = F.unfold(x, k, padding=(k - 1) // 2, stride=stride)  # [B, K, P]
    cols = cols.permute(2, 0, 1)  # [P, B, K]
    z = torch.bmm(cols, w)  # [P, B, Cout]
    return z


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    torch.manual_seed(0)
    for name, cin, cout, h, s, b in SHAPES:
        k = 3
        p = (h // s) ** 2
        x = torch.randn(b, cin, h, h, requires_grad=True)
        w = (torch.randn(p, cin * k * k, cout) * (2.0 / (cout * k * k)) ** 0.5).requires_grad_()
        g = torch.randn(p, b, cout)
        times = []
        for r in range(reps + 5):
            t0 = time.perf_counter()
            z = lc_forward(x, w, k, s)
            z.backward(g)
            t1 = time.perf_counter()
            x.grad = None
            w.grad = None
            if r >= 5:
                times.append((t1 - t0) * 1e3)
        times.sort()
        n = len(times)
        print(f"torch {name} {times[n // 2]:.4f} {times[n // 10]:.4f} {times[(9 * n) // 10]:.4f}", flush=True)


if __name__ == "__main__":
    main()
