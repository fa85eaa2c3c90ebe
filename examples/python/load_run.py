#!/usr/bin/env python3
"""Read a truce-sim run folder into a data frame and draw the survival figure.

    python3 examples/python/load_run.py RUN_DIR [--figure FILE]

RUN_DIR is a folder written by `truce-sim run --out RUN_DIR`. Only the files its manifest.json
lists are read, and each is checked against the SHA-256 recorded there (as `truce-sim report`
does), so a half-written or edited folder is refused rather than misread.

Needs only Python 3's standard library. With pandas installed, the tables come back as pandas
DataFrames; without it, as lists of dicts with numbers already converted. The figure (the
Kaplan-Meier curve of each regime with its 95 % band) is drawn with matplotlib when it is
installed (PNG, SVG or PDF by FILE's extension); without matplotlib it is written as a plain SVG
by this script, so FILE must then end in .svg. Default FILE: RUN_DIR/survival-python.svg.
"""

import argparse
import csv
import hashlib
import io
import json
import os
import sys

try:  # optional: a DataFrame when available, plain rows otherwise
    import pandas
except ImportError:
    pandas = None

try:
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as pyplot
except ImportError:
    pyplot = None

# One colour per regime, in run order (the report's palette, so figures agree).
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]


class RunFolderError(Exception):
    """The folder is not a finished run folder, or a file differs from its manifest."""


def read_listed(folder, name):
    """The bytes of a file the manifest lists, checked against its recorded length and SHA-256."""
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    entry = next((e for e in manifest["files"] if e["name"] == name), None)
    if entry is None:
        raise RunFolderError(f"{folder}: manifest.json does not list {name} (is this a run folder?)")
    with open(os.path.join(folder, name), "rb") as f:
        data = f.read()
    if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise RunFolderError(f"{folder}/{name}: differs from what manifest.json recorded; the folder was changed")
    return data


def number(text):
    """A CSV cell as int, float or None (an empty cell is an undefined value)."""
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def read_table(folder, name):
    """A CSV file of the run as a DataFrame (pandas) or a list of dicts."""
    text = read_listed(folder, name).decode("utf-8")
    if pandas is not None:
        return pandas.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
    return [{k: number(v) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def rows_of(table):
    """The rows of a table as dicts, whichever form it has."""
    return table.to_dict("records") if pandas is not None else table


def curves(survival):
    """Per regime in file order: the step curve (days, survival, lower, upper), starting at day 0."""
    result = {}
    for row in rows_of(survival):
        days, est, low, high = result.setdefault(row["regime"], ([0.0], [1.0], [1.0], [1.0]))
        days.append(float(row["day"]))
        est.append(float(row["survival"]))
        low.append(float(row["lower95"]))
        high.append(float(row["upper95"]))
    return result


def draw_matplotlib(series, horizon, path):
    figure, axes = pyplot.subplots(figsize=(8, 4.5), dpi=120)
    for i, (regime, (days, est, low, high)) in enumerate(series.items()):
        colour = COLOURS[i % len(COLOURS)]
        axes.fill_between(days, low, high, step="post", color=colour, alpha=0.15, linewidth=0)
        axes.step(days, est, where="post", color=colour, label=regime)
    axes.set_xlim(0, horizon)
    axes.set_ylim(0, 1.02)
    axes.set_xlabel("Days since the truce began")
    axes.set_ylabel("Probability the truce holds")
    axes.legend(loc="lower left", frameon=False)
    figure.tight_layout()
    figure.savefig(path)


def draw_svg(series, horizon, path):
    """The same figure as an SVG written by hand (no plotting library needed)."""
    width, height, left, right, top, bottom = 800, 450, 70, 20, 20, 60
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(day):
        return left + plot_w * day / horizon

    def y(p):
        return top + plot_h * (1 - p)

    def steps(days, values):
        points = [(x(days[0]), y(values[0]))]
        for k in range(1, len(days)):
            points.append((x(days[k]), y(values[k - 1])))
            points.append((x(days[k]), y(values[k])))
        return points

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    for p in (0, 0.25, 0.5, 0.75, 1):
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(p):.1f}" y2="{y(p):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(p) + 4:.1f}" text-anchor="end">{p:g}</text>')
    for k in range(0, 5):
        day = horizon * k / 4
        out.append(f'<text x="{x(day):.1f}" y="{top + plot_h + 18}" text-anchor="middle">{day:g}</text>')
    for i, (regime, (days, est, low, high)) in enumerate(series.items()):
        colour = COLOURS[i % len(COLOURS)]
        key_y = y(0.05) - 18 * (len(series) - 1 - i)  # the legend lists the regimes top down, in run order
        band = steps(days, high) + list(reversed(steps(days, low)))
        out.append(f'<polygon fill="{colour}" fill-opacity="0.15" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in band)}"/>')
        line = steps(days, est)
        out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in line)}"/>')
        out.append(f'<line x1="{left + 10}" x2="{left + 30}" y1="{key_y:.1f}" y2="{key_y:.1f}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<text x="{left + 36}" y="{key_y + 4:.1f}">{regime}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#333"/>')
    out.append(f'<text x="{left + plot_w / 2}" y="{height - 15}" text-anchor="middle">Days since the truce began</text>')
    out.append(f'<text transform="translate(18 {top + plot_h / 2}) rotate(-90)" text-anchor="middle">Probability the truce holds</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main(argv):
    parser = argparse.ArgumentParser(description="Read a truce-sim run folder and draw its survival figure.")
    parser.add_argument("folder", help="a folder written by truce-sim run --out")
    parser.add_argument("--figure", help="where to write the figure (default RUN_DIR/survival-python.svg)")
    args = parser.parse_args(argv)
    figure = args.figure or os.path.join(args.folder, "survival-python.svg")
    if pyplot is None and not figure.endswith(".svg"):
        print(f"error: --figure {figure}: without matplotlib only an .svg figure can be drawn", file=sys.stderr)
        return 2
    try:
        summary = json.loads(read_listed(args.folder, "summary.json"))
        survival = read_table(args.folder, "survival.csv")
        comparisons = read_table(args.folder, "comparisons-by-day.csv")
    except (OSError, ValueError, KeyError, RunFolderError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    horizon = summary["horizon_days"]
    series = curves(survival)
    print(f"{summary['scenario']['name']}: {summary['trials_completed']} trials per regime, horizon {horizon:g} days")
    for regime in summary["regimes"]:
        at = next((h for h in regime.get("holds", []) if h["day"] == horizon), None)
        if at is not None:
            print(f"  {regime['id']}: holds at day {horizon:g} with probability {at['estimate']:.3f} ({at['lower95']:.3f} to {at['upper95']:.3f})")
    kind = "DataFrame" if pandas is not None else "list of dicts"
    print(f"survival.csv: {len(rows_of(survival))} rows; comparisons-by-day.csv: {len(rows_of(comparisons))} rows (as a {kind})")

    (draw_matplotlib if pyplot is not None else draw_svg)(series, horizon, figure)
    print(f"wrote {figure}" + ("" if pyplot is not None else " (plain SVG: matplotlib is not installed)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
