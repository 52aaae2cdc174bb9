#!/usr/bin/python3
"""PyTorch peer of the Java Powerprop MLP for paired timing (docs/performance.md, sparsity section).

The same network and step as the Java side: MLP 784-300-100-10, ReLU, softmax cross-entropy,
plain SGD lr 0.1, batch 60, float32, Fashion-MNIST train images 0..54999 in a fixed order;
weights are w = psi * |psi|^(alpha-1) (biases plain), gradients by autograd through the power.

Protocol (so a Java driver can interleave rounds in one run): reads lines from stdin,
  "epoch ALPHA"  -> trains one epoch with that alpha, prints "seconds ACC" (test accuracy)
  "quit"         -> exits
Threads: torch.set_num_threads(THREADS) from argv[1] (default 2, the machine's cores); argv[2]
optionally shortens each timed run to that many steps (default a full epoch).
"""
import gzip
import sys
import time

import numpy as np
import torch

DATA = "/usr/share/datasets/fashion-mnist"


def idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


class PowerpropMlp(torch.nn.Module):
    def __init__(self, alpha, sizes=(784, 300, 100, 10), seed=0):
        super().__init__()
        g = torch.Generator().manual_seed(seed)
        self.alpha = alpha
        self.psi = torch.nn.ParameterList()
        self.bias = torch.nn.ParameterList()
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            std = (1.0 / fan_in) ** 0.5 / 0.87962566103423978
            theta = torch.nn.init.trunc_normal_(torch.empty(fan_in, fan_out), 0, std, -2 * std, 2 * std, generator=g) \
                if "generator" in torch.nn.init.trunc_normal_.__code__.co_varnames else \
                torch.nn.init.trunc_normal_(torch.empty(fan_in, fan_out), 0, std, -2 * std, 2 * std)
            psi = torch.sign(theta) * theta.abs() ** (1.0 / alpha)
            self.psi.append(torch.nn.Parameter(psi))
            self.bias.append(torch.nn.Parameter(torch.zeros(fan_out)))

    def weight(self, psi):
        if self.alpha == 1:
            return psi
        if self.alpha == int(self.alpha):  # same integer fast path as the Java side
            a = psi.abs()
            r = a
            for _ in range(int(self.alpha) - 2):
                r = r * a
            return psi * r
        return psi * psi.abs() ** (self.alpha - 1)

    def forward(self, x):
        n = len(self.psi)
        for i, (psi, b) in enumerate(zip(self.psi, self.bias)):
            x = x @ self.weight(psi) + b
            if i < n - 1:
                x = torch.relu(x)
        return x


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    torch.set_num_threads(threads)
    x = torch.from_numpy(idx(f"{DATA}/train-images-idx3-ubyte.gz")[:55000].reshape(-1, 784).astype(np.float32) / 255)
    y = torch.from_numpy(idx(f"{DATA}/train-labels-idx1-ubyte.gz")[:55000].astype(np.int64))
    xt = torch.from_numpy(idx(f"{DATA}/t10k-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255)
    yt = torch.from_numpy(idx(f"{DATA}/t10k-labels-idx1-ubyte.gz").astype(np.int64))
    batch = 60
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 55000 // batch
    for line in sys.stdin:
        cmd = line.split()
        if not cmd or cmd[0] == "quit":
            break
        alpha = float(cmd[1])
        model = PowerpropMlp(alpha)
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        t0 = time.perf_counter()
        for s in range(0, steps * batch, batch):
            s = s % (55000 - batch + 1)
            opt.zero_grad(set_to_none=True)
            loss = torch.nn.functional.cross_entropy(model(x[s:s + batch]), y[s:s + batch])
            loss.backward()
            opt.step()
        seconds = time.perf_counter() - t0
        with torch.no_grad():
            acc = (model(xt).argmax(1) == yt).float().mean().item()
        print(f"{seconds:.4f} {acc:.4f}", flush=True)


if __name__ == "__main__":
    main()
