#!/usr/bin/env python3
"""An independent PRIM (Friedman and Fisher 1999; Bryant and Lempert 2010), written from the rules
in docs/decisions.md ("How discover works: PRIM") without reading the C# implementation, so that
PrimReferenceTests can compare the two on the same points. Standard library only.

    prim_reference.py generate POINTS.csv      writes the fixed, seeded test points
    prim_reference.py run POINTS.csv [--peel-alpha A] [--paste-alpha A] [--min-mass M]
                                    [--min-coverage C] [--max-boxes N]   prints the result as JSON
"""
import argparse
import csv
import json
import math
import random
import sys
from fractions import Fraction


def read_points(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    interest_col = header.index("interest")
    names = [h for i, h in enumerate(header) if i != interest_col]
    xs, ys = [], []
    for r in rows[1:]:
        xs.append([float(v) for i, v in enumerate(r) if i != interest_col])
        ys.append(int(r[interest_col]) == 1)
    return names, xs, ys


def inside(x, limits):
    return all(lo <= v <= hi for v, (lo, hi) in zip(x, limits))


def members(points, xs, limits):
    return [i for i in points if inside(xs[i], limits)]


def count_interest(idx, ys):
    return sum(1 for i in idx if ys[i])


def full_range(points, xs, d):
    vals = [xs[i][d] for i in points]
    return min(vals), max(vals)


def restricted_count(limits, ranges):
    return sum(1 for (lo, hi), (rlo, rhi) in zip(limits, ranges) if lo > rlo or hi < rhi)


def peel_candidates(box_idx, xs, limits, alpha):
    """Each side of each parameter moved inward to the (k+1)-th nearest value, k = max(1, floor(alpha*n)):
    the points beyond it go, its ties stay; when it equals the edge value, the next distinct value
    (at least one distinct value goes)."""
    n = len(box_idx)
    k = max(1, int(alpha * n))
    for d in range(len(limits)):
        vals = sorted(xs[i][d] for i in box_idx)
        if vals[0] == vals[-1]:
            continue
        lower = vals[k] if vals[k] != vals[0] else min(v for v in vals if v > vals[0])
        new = list(limits)
        new[d] = (lower, limits[d][1])
        yield d, 0, sum(1 for v in vals if v < lower), new
        upper = vals[n - 1 - k] if vals[n - 1 - k] != vals[-1] else max(v for v in vals if v < vals[-1])
        new = list(limits)
        new[d] = (limits[d][0], upper)
        yield d, 1, sum(1 for v in vals if v > upper), new


def peel(points, xs, ys, ranges, total, total_interest, alpha, min_mass):
    """Peels leaving fewer than ceil(min_mass * all points) are not candidates; the densest of the
    others is taken; peeling stops when no candidate is left."""
    limits = list(ranges)
    box = list(points)
    steps = [(list(limits), box)]
    min_cases = max(1, math.ceil(min_mass * total - 1e-9))
    while True:
        best = None
        for d, side, removed, new in peel_candidates(box, xs, limits, alpha):
            idx = members(box, xs, new)
            if len(idx) < min_cases:
                continue
            dens = Fraction(count_interest(idx, ys), len(idx))
            key = (-dens, removed, d, side)
            if best is None or key < best[0]:
                best = (key, new, idx)
        if best is None:
            break
        limits, box = best[1], best[2]
        steps.append((list(limits), box))
    return steps


def paste(points, xs, ys, limits, ranges, alpha):
    limits = list(limits)
    while True:
        box = members(points, xs, limits)
        dens = Fraction(count_interest(box, ys), len(box))
        k = max(1, math.ceil(alpha * len(box)))  # paste: ceil, peel: floor
        best = None
        for d in range(len(limits)):
            others = [l if j != d else (float("-inf"), float("inf")) for j, l in enumerate(limits)]
            near = members(points, xs, others)
            for side in (0, 1):
                if side == 0:
                    outside = sorted((xs[i][d] for i in near if xs[i][d] < limits[d][0]), reverse=True)
                else:
                    outside = sorted(xs[i][d] for i in near if xs[i][d] > limits[d][1])
                if not outside:
                    continue
                edge = outside[min(k, len(outside)) - 1]
                new = list(limits)
                new[d] = (edge, limits[d][1]) if side == 0 else (limits[d][0], edge)
                idx = members(points, xs, new)
                nd = Fraction(count_interest(idx, ys), len(idx))
                key = (-nd, d, side)
                if nd > dens and (best is None or key < best[0]):
                    best = (key, new)
        if best is None:
            return limits
        limits = best[1]


def lift_unneeded(points, xs, ys, limits, ranges):
    limits = list(limits)
    while True:
        box = members(points, xs, limits)
        dens = Fraction(count_interest(box, ys), len(box))
        best = None
        for d in range(len(limits)):
            if limits[d] == ranges[d]:
                continue
            new = list(limits)
            new[d] = ranges[d]
            idx = members(points, xs, new)
            nd = Fraction(count_interest(idx, ys), len(idx))
            if nd >= dens and (best is None or nd > best[0]):
                best = (nd, new)
        if best is None:
            return limits
        limits = best[1]


def binomial_upper_tail(n, k, p):
    """P(X >= k) for X ~ Binomial(n, p), exactly in rationals, then rounded once."""
    q = 1 - p
    total = Fraction(0)
    c = 1
    for j in range(n + 1):
        if j >= k:
            total += c * p ** j * q ** (n - j)
        c = c * (n - j) // (j + 1)
    return float(total)


def prim(names, xs, ys, peel_alpha, paste_alpha, min_mass, min_coverage, max_boxes):
    total = len(xs)
    total_interest = sum(ys)
    remaining = list(range(total))
    ranges = [full_range(remaining, xs, d) for d in range(len(names))]
    boxes, trajectory = [], []
    for b in range(1, max_boxes + 1):
        rem_interest = count_interest(remaining, ys)
        if rem_interest == 0:
            break
        steps = peel(remaining, xs, ys, ranges, total, total_interest, peel_alpha, min_mass)
        start_density = Fraction(rem_interest, len(remaining))
        chosen = None
        for s, (lim, idx) in enumerate(steps):
            k = count_interest(idx, ys)
            if k < min_coverage * rem_interest:
                continue
            dens = Fraction(k, len(idx))
            if chosen is None or dens > chosen[0]:
                chosen = (dens, s)
        found = chosen is not None and chosen[0] > start_density
        for s, (lim, idx) in enumerate(steps):
            k = count_interest(idx, ys)
            trajectory.append({
                "box": b, "step": s,
                "coverage": k / total_interest, "density": k / len(idx), "mass": len(idx) / total,
                "restricted": restricted_count(lim, ranges),
                # step 0 when no peel is denser: the whole remaining space is the answer, no box
                "chosen": s == (chosen[1] if found else 0),
            })
        if not found:
            break
        limits = paste(remaining, xs, ys, steps[chosen[1]][0], ranges, paste_alpha)
        limits = lift_unneeded(remaining, xs, ys, limits, ranges)
        box = members(remaining, xs, limits)
        k, n = count_interest(box, ys), len(box)
        lim_out, quasi = {}, {}
        for d, name in enumerate(names):
            if limits[d] == ranges[d]:
                continue
            lim_out[name] = {"lower": limits[d][0], "upper": limits[d][1]}
            lifted = list(limits)
            lifted[d] = ranges[d]
            idx = members(remaining, xs, lifted)
            quasi[name] = binomial_upper_tail(n, k, Fraction(count_interest(idx, ys), len(idx)))
        boxes.append({"box": b, "coverage": k / total_interest, "density": k / n, "mass": n / total,
                      "cases": n, "cases_of_interest": k, "limits": lim_out, "quasi_p": quasi})
        remaining = [i for i in remaining if i not in set(box)]
    return {"cases": total, "cases_of_interest": total_interest, "boxes": boxes, "trajectory": trajectory}


def generate(path):
    """200 points over four parameters: interest where a >= 0.5 and b <= 0.6, 8 % of labels
    flipped as noise; c and d never enter the rule."""
    rng = random.Random(20261207)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["a", "b", "c", "d", "interest"])
        for _ in range(200):
            a, b, c, d = (round(rng.random(), 4) for _ in range(4))
            y = a >= 0.5 and b <= 0.6
            if rng.random() < 0.08:
                y = not y
            w.writerow([a, b, c, d, 1 if y else 0])


def main(argv):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("points")
    r = sub.add_parser("run")
    r.add_argument("points")
    r.add_argument("--peel-alpha", type=float, default=0.05)
    r.add_argument("--paste-alpha", type=float, default=0.05)
    r.add_argument("--min-mass", type=float, default=0.05)
    r.add_argument("--min-coverage", type=float, default=0.5)
    r.add_argument("--max-boxes", type=int, default=3)
    a = ap.parse_args(argv)
    if a.cmd == "generate":
        generate(a.points)
        return 0
    names, xs, ys = read_points(a.points)
    result = {"parameters": names,
              "prim": {"peel_alpha": a.peel_alpha, "paste_alpha": a.paste_alpha, "min_mass": a.min_mass,
                       "min_coverage": a.min_coverage, "max_boxes": a.max_boxes}}
    result.update(prim(names, xs, ys, a.peel_alpha, a.paste_alpha, a.min_mass, a.min_coverage, a.max_boxes))
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
