namespace Simulator.Studies.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999) as scenario discovery uses it
/// (Bryant and Lempert 2010): find boxes in parameter space where the cases of interest are dense.
/// Peeling removes, one side of one parameter at a time, the share <see cref="PrimOptions.PeelAlpha"/>
/// of the box's points whose removal leaves the highest density (ties: the smaller peel, then the
/// first parameter, lower side first), until a further peel would leave less than
/// <see cref="PrimOptions.MinMass"/>. The chosen step is the densest one that still covers
/// <see cref="PrimOptions.MinCoverage"/> of the remaining cases of interest (ties: the earlier, larger
/// box). Pasting then widens one side at a time while that raises the density, and a restriction whose
/// lifting leaves the density as high is lifted (only restrictions that matter are reported). The points inside
/// are removed and the search repeats for the next box. Deterministic: no randomness, fixed ties.
/// </summary>
public static class Prim
{
    /// <summary>Runs PRIM.</summary>
    /// <param name="names">One name per parameter (column of <paramref name="x"/>).</param>
    /// <param name="x">One row per case, one finite value per parameter.</param>
    /// <param name="interest">True for a case of interest.</param>
    /// <param name="options">Peeling, pasting and selection settings.</param>
    public static PrimResult Run(IReadOnlyList<string> names, IReadOnlyList<double[]> x, IReadOnlyList<bool> interest, PrimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(interest);
        options ??= PrimOptions.Default;
        if (x.Count != interest.Count) throw new ArgumentException("one interest flag per case is needed", nameof(interest));
        if (x.Any(row => row.Length != names.Count || row.Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException("every case needs one finite value per parameter", nameof(x));
        }
        var data = new PrimData(x, interest, names.Count);
        var remaining = Enumerable.Range(0, x.Count).ToList();
        var boxes = new List<PrimBox>();
        var trajectory = new List<PrimStep>();
        for (var number = 1; number <= options.MaxBoxes; number++)
        {
            var left = remaining.Count(i => interest[i]);
            if (left == 0) break;
            var steps = Peel(data, remaining, options);
            var chosen = Choose(data, remaining, steps, left, options);
            trajectory.AddRange(steps.Select((s, k) => data.Step(number, k, remaining, s, k == chosen)));
            if (chosen == 0) break; // no peel raised the density: no box here
            var box = Lift(data, remaining, Paste(data, remaining, steps[chosen], options));
            boxes.Add(data.Box(number, remaining, box, names));
            remaining = [.. remaining.Where(i => !box.Contains(x[i]))];
        }
        return new PrimResult(x.Count, data.TotalInterest, boxes, trajectory);
    }

    // Every box of the peeling trajectory, the unpeeled one first.
    private static List<PrimBounds> Peel(PrimData data, List<int> remaining, PrimOptions options)
    {
        var current = data.Full();
        var inside = remaining;
        var steps = new List<PrimBounds> { current };
        var minCases = Math.Max(1, (int)Math.Ceiling(options.MinMass * data.Cases - 1e-9));
        while (true)
        {
            (PrimBounds Bounds, List<int> Inside, double Density)? best = null;
            for (var d = 0; d < data.Dimensions; d++)
            {
                foreach (var lowerSide in new[] { true, false })
                {
                    if (PeelOne(data, inside, current, d, lowerSide, options.PeelAlpha) is not { } peeled) continue;
                    var kept = inside.Where(i => peeled.Contains(data.X[i])).ToList();
                    if (kept.Count < minCases) continue;
                    var density = data.Density(kept);
                    if (best is null || density > best.Value.Density || (density == best.Value.Density && kept.Count > best.Value.Inside.Count))
                    {
                        best = (peeled, kept, density);
                    }
                }
            }
            if (best is null) return steps;
            current = best.Value.Bounds;
            inside = best.Value.Inside;
            steps.Add(current);
        }
    }

    // One side of one parameter moved inward to the (k+1)-th nearest value, k = max(1, ⌊alpha·n⌋): the points
    // beyond it go, its ties stay (so fewer than k go when ties straddle the cut), and at least one distinct value goes.
    private static PrimBounds? PeelOne(PrimData data, List<int> inside, PrimBounds box, int d, bool lowerSide, double alpha)
    {
        var values = inside.Select(i => data.X[i][d]).Order().ToArray();
        if (values.Length < 2 || values[0] == values[^1]) return null;
        var k = Math.Max(1, (int)Math.Floor(alpha * values.Length));
        if (lowerSide)
        {
            var limit = values[k];
            if (limit == values[0]) limit = values.First(v => v > values[0]);
            return box.WithLower(d, limit);
        }
        var upper = values[^(k + 1)];
        if (upper == values[^1]) upper = values.Last(v => v < values[^1]);
        return box.WithUpper(d, upper);
    }

    private static int Choose(PrimData data, List<int> remaining, List<PrimBounds> steps, int left, PrimOptions options)
    {
        var chosen = 0;
        double bestDensity = -1;
        for (var k = 0; k < steps.Count; k++)
        {
            var inside = data.Inside(remaining, steps[k]);
            var covered = inside.Count(i => data.Interest[i]);
            if (covered < options.MinCoverage * left - 1e-9) continue;
            var density = data.Density(inside);
            if (density > bestDensity)
            {
                bestDensity = density;
                chosen = k;
            }
        }
        return chosen;
    }

    // Widen one side at a time while that raises the density.
    internal static PrimBounds Paste(PrimData data, List<int> remaining, PrimBounds box, PrimOptions options)
    {
        var inside = remaining.Where(i => box.Contains(data.X[i])).ToList();
        var density = data.Density(inside);
        while (true)
        {
            (PrimBounds Bounds, List<int> Inside, double Density)? best = null;
            for (var d = 0; d < data.Dimensions; d++)
            {
                foreach (var lowerSide in new[] { true, false })
                {
                    if (PasteOne(data, remaining, box, inside.Count, d, lowerSide, options.PasteAlpha) is not { } pasted) continue;
                    var widened = remaining.Where(i => pasted.Contains(data.X[i])).ToList();
                    var candidate = data.Density(widened);
                    if (candidate > density && (best is null || candidate > best.Value.Density)) best = (pasted, widened, candidate);
                }
            }
            if (best is null) return box;
            (box, inside, density) = best.Value;
        }
    }

    // Restrictions that do not raise the density are lifted (the one whose lifting leaves the densest
    // box first): a peel taken only because every peel lowered the density says nothing about the region.
    internal static PrimBounds Lift(PrimData data, List<int> remaining, PrimBounds box)
    {
        while (true)
        {
            var density = data.Density(data.Inside(remaining, box));
            (PrimBounds Bounds, double Density)? best = null;
            for (var d = 0; d < data.Dimensions; d++)
            {
                if (!(box.Lower[d] > data.Min[d] || box.Upper[d] < data.Max[d])) continue;
                var lifted = box.WithLower(d, data.Min[d]).WithUpper(d, data.Max[d]);
                var candidate = data.Density(data.Inside(remaining, lifted));
                if (candidate >= density && (best is null || candidate > best.Value.Density)) best = (lifted, candidate);
            }
            if (best is null) return box;
            box = best.Value.Bounds;
        }
    }

    // The nearest max(1, ⌈alpha·n⌉) points outside one side (within every other limit) brought in, with their ties.
    private static PrimBounds? PasteOne(PrimData data, List<int> remaining, PrimBounds box, int count, int d, bool lowerSide, double alpha)
    {
        var beside = remaining.Where(i => box.ContainsExcept(data.X[i], d))
            .Select(i => data.X[i][d])
            .Where(v => lowerSide ? v < box.Lower[d] : v > box.Upper[d])
            .ToArray();
        if (beside.Length == 0) return null;
        var k = Math.Min(beside.Length, Math.Max(1, (int)Math.Ceiling(alpha * count)));
        if (lowerSide) return box.WithLower(d, beside.OrderDescending().ElementAt(k - 1));
        return box.WithUpper(d, beside.Order().ElementAt(k - 1));
    }
}
