"""PyTorch peer of the Java pHSIC layer-local training (reduced protocol, Fashion-MNIST).

Same network, data, float32, batch, optimisers and order of operations as
org.neurotheory.bioplausible.hsic: 3 hidden layers without bias, LeakyReLU 0.01, a local
pHSIC(Z,Z) - gamma pHSIC(Y,Z) loss per layer (autograd within the layer only), SGD momentum 0.95
per layer and for the readout, dropout 0.01, batch 256, full 60k training set reshuffled every epoch.

usage: hsic_epoch.py METHOD EPOCHS [THREADS [TRAIN_IMAGES]]   METHOD in gaussian-grp, cossim-grpdiv, gaussian, cossim
prints one JSON line: per-epoch wall and CPU seconds of the training steps, test accuracy,
mean layer losses, process seconds.
"""
import gzip
import json
import sys
import time

T0 = time.time()
import numpy as np
import torch

DATA = "/usr/share/datasets/fashion-mnist"
METHODS = {  # kernel, grouped, divnorm, lr readout, lr local, groups
    "gaussian-grp": ("gaussian", True, False, 5e-4, 1.0, 32),
    "gaussian": ("gaussian", False, False, 5e-4, 0.5, 0),
    "cossim-grpdiv": ("cossim", True, True, 5e-4, 1.0, 32),
    "cossim": ("cossim", False, False, 5e-3, 1.0, 0),
}


def idx(name):
    with gzip.open(f"{DATA}/{name}.gz", "rb") as f:
        raw = f.read()
    if name.endswith("idx1-ubyte"):
        return np.frombuffer(raw, np.uint8, offset=8).astype(np.int64)
    n = int.from_bytes(raw[4:8], "big")
    return np.frombuffer(raw, np.uint8, offset=16).reshape(n, 784).astype(np.float32)


def load(split):
    x = torch.from_numpy((idx(f"{split}-images-idx3-ubyte") / 255.0 - 0.5) / 0.5).float()
    y = torch.from_numpy(idx(f"{split}-labels-idx1-ubyte"))
    return x, y


def grouped_variance(z, groups, power, delta=1.0):
    g = z.view(z.shape[0], groups, -1)
    c = g - g.mean(-1, keepdim=True)
    return ((c * c).sum(-1) + delta) / c.shape[-1], c


def kernel(h, kind, sigma=5.0):
    if kind == "gaussian":
        sq = (h * h).sum(1, keepdim=True)
        d = (sq + sq.t() - 2 * h @ h.t()).clamp_min(0)
        d = d * (1 - torch.eye(h.shape[0]))
        return torch.exp(-d / (2 * sigma * sigma))
    n = h.norm(dim=1, keepdim=True)
    n = n + 1e-6 * (n <= 0)
    hn = h / n
    return hn @ hn.t()


def phsic(k, l):
    return ((k - k.mean()) * l).mean()


def main():
    method, epochs = sys.argv[1], int(sys.argv[2])
    if len(sys.argv) > 3:
        torch.set_num_threads(int(sys.argv[3]))
    kind, grouped, divnorm, lro, lrb, groups = METHODS[method]
    q = 0.8 if divnorm else 0.5
    torch.manual_seed(1)
    xtr, ytr = load("train")
    if len(sys.argv) > 4:
        xtr, ytr = xtr[:int(sys.argv[4])], ytr[:int(sys.argv[4])]
    xte, yte = load("t10k")
    widths = [784, 256, 256, 256]
    layers = [torch.nn.Linear(widths[i], widths[i + 1], bias=False) for i in range(3)]
    readout = torch.nn.Linear(256, 10)
    opts = [torch.optim.SGD(l.parameters(), lr=lrb, momentum=0.95, weight_decay=1e-7) for l in layers]
    ropt = torch.optim.SGD(readout.parameters(), lr=lro, momentum=0.95, weight_decay=1e-6)
    yc = torch.nn.functional.one_hot(ytr, 10).float() - 0.1
    act = torch.nn.LeakyReLU(0.01)
    drop = torch.nn.Dropout(0.01)
    times, cpus, accs, losses = [], [], [], []
    for epoch in range(epochs):
        t = time.time()
        c = time.process_time()
        perm = torch.randperm(len(ytr))
        sums = [0.0, 0.0, 0.0]
        nb = 0
        for s in range(0, len(ytr), 256):
            b = perm[s:s + 256]
            x = xtr[b]
            ky = kernel(yc[b], "cossim")
            for k in range(3):
                z = act(layers[k](x))
                h = z
                if grouped:
                    v, _ = grouped_variance(z, groups, q)
                    h = v ** q
                    h = h - h.mean(1, keepdim=True)
                kz = kernel(h, kind)
                loss = phsic(kz, kz) - 2.0 * phsic(ky, kz)
                opts[k].zero_grad()
                loss.backward()
                opts[k].step()
                sums[k] += loss.item()
                z = z.detach()
                if divnorm:
                    v, cen = grouped_variance(z, groups, 0.2)
                    z = (cen / v.unsqueeze(-1) ** 0.2).view(z.shape)
                x = drop(z)
            logits = readout(x)
            ce = torch.nn.functional.cross_entropy(logits, ytr[b])
            ropt.zero_grad()
            ce.backward()
            ropt.step()
            nb += 1
        times.append(time.time() - t)
        cpus.append(time.process_time() - c)
        losses.append([v / nb for v in sums])
        with torch.no_grad():
            x = xte
            for k in range(3):
                x = act(layers[k](x))
                if divnorm:
                    v, c = grouped_variance(x, groups, 0.2)
                    x = (c / v.unsqueeze(-1) ** 0.2).view(x.shape)
            accs.append(float((readout(x).argmax(1) == yte).float().mean()) * 100)
    print(json.dumps({"peer": "pytorch", "method": method, "threads": torch.get_num_threads(),
                      "epochSeconds": times, "epochCpuSeconds": cpus, "testAccuracy": accs, "layerLoss": losses,
                      "processSeconds": time.time() - T0}))


if __name__ == "__main__":
    main()
