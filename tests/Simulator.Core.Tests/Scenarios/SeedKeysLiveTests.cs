using System.Globalization;
using Simulator.Engine;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Tests.Engine;
using Simulator.Tests.Support;

namespace Simulator.Tests.Scenarios;

/// <summary>
/// No dead parameter in the seed scenario: every numeric key, and every parameter of a value written
/// as a distribution (a per_trial spread, an uncertain range), moved up and down, changes some
/// result (survival, counts, cost) of a short run on the same trials, except the few listed in
/// <see cref="CannotMatter"/> with the reason (docs/regimes.md#keys-that-cannot-matter-in-the-seed).
/// The run settings are left out: they define the run, not the model.
/// </summary>
public sealed class SeedKeysLiveTests
{
    private const int Trials = 600;

    /// <summary>Keys of the seed that cannot change any result in that scenario, and why.</summary>
    internal static readonly Dictionary<string, string> CannotMatter = new()
    {
        ["regimes[2].capacity"] = "third_party_monitors examine few claims (most are refused): at 10 or 5 teams none ever waits, the capacity is slack",
    };

    private static readonly string Seed = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "pakistan-afghanistan-2025.yaml"));

    [Fact]
    public void EveryNumericKey_MovedUpOrDown_ChangesSomeResult()
    {
        var dead = new List<string>();
        foreach (var (path, value, integer, range) in NumericKeys().Concat(DistributionKeys()))
        {
            var at = Fingerprint($"{path}={Format(value)}");
            var changed = false;
            foreach (var moved in Moves(value, integer, range))
            {
                var print = Fingerprint($"{path}={Format(moved)}");
                changed = !print.StartsWith("refused", StringComparison.Ordinal) && print != at;
                if (changed) break;
            }
            if (!changed) dead.Add(path);
            Assert.False(at.StartsWith("refused", StringComparison.Ordinal), at);
        }
        Assert.Equal(CannotMatter.Keys.Order(), dead.Order());
    }

    // Every number key the mapper reads, with its point value (a distribution's median), outside run.
    private static IEnumerable<(string Path, double Value, bool Integer, NumberRange Range)> NumericKeys()
    {
        var load = ScenarioLoader.LoadText(Seed, "seed.yaml");
        var recorder = new ErrorSink("seed.yaml") { NumberKeys = [] };
        var scratch = new ErrorSink("seed.yaml"); // the distributions' own keys are not scenario keys
        var root = TreeBuilder.Build(Seed, scratch)!;
        root = UncertainReader.Resolve(root, scratch, out _);
        root = UncertainReader.ResolvePerTrial(root, scratch, out _);
        ScenarioMapper.Map(root, recorder);
        var locator = new SourceLocator(root, "seed.yaml");
        foreach (var (path, key) in recorder.NumberKeys!.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (path.StartsWith("run.", StringComparison.Ordinal)) continue;
            var node = (ScalarNode)locator.Locate(path).Node;
            yield return (path, double.Parse(node.Value, CultureInfo.InvariantCulture), key.Integer, key.Range);
        }
        Assert.True(load.Succeeded);
    }

    // The parameters of values the seed writes as distributions: a per_trial value's spread and an
    // uncertain value's range (whose median `run` uses), set through --set like any key.
    private static IEnumerable<(string Path, double Value, bool Integer, NumberRange Range)> DistributionKeys()
    {
        var load = ScenarioLoader.LoadText(Seed, "seed.yaml");
        Assert.True(load.Succeeded);
        var written = load.Uncertain.Select(u => (u.Path, u.Distribution))
            .Concat(load.Scenario!.TrialVariations.Select(v => (v.Path, v.Distribution)));
        foreach (var (path, d) in written)
        {
            var parameters = d.Kind switch
            {
                UncertainKind.Uniform => new[] { ("min", d.Min), ("max", d.Max) },
                UncertainKind.Gamma => [("shape", d.A), ("scale", d.B)],
                UncertainKind.Beta => [("alpha", d.A), ("beta", d.B)],
                _ => throw new InvalidOperationException($"{path}: add the keys of {d.Kind} here"),
            };
            foreach (var (key, value) in parameters) yield return ($"{path}.{key}", value, false, NumberRange.Positive);
        }
    }

    private static IEnumerable<double> Moves(double value, bool integer, NumberRange range)
    {
        var up = value == 0 ? (range.Max <= 1 ? 0.2 : 0.05) : value * 1.5;
        var down = value * 0.5;
        if (integer) (up, down) = (Math.Max(value + 1, Math.Round(up)), Math.Min(value - 1, Math.Round(down)));
        if (range.Max <= 1 && up > 1) up = 1;
        // Smaller steps too, for a key boxed in by another (an uncertain range's max just above its min).
        var steps = integer ? new[] { up, down } : [up, down, value * 1.1, value * 0.9];
        foreach (var v in steps)
        {
            if (v != value && range.Contains(v)) yield return v;
        }
    }

    private static string Fingerprint(string setting)
    {
        var load = ScenarioLoader.LoadText(Seed, "seed.yaml", [setting]);
        var gate = Simulator.Validation.ScenarioGate.Check(load);
        if (!gate.Passed) return "refused: " + string.Join("; ", gate.Errors);
        var result = EngineRuns.Run(gate.Scenario! with { Trials = Trials }, Trials);
        return string.Join("|", result.Tally.Regimes.Select(r =>
            $"{r.DurationTicksSum},{r.Collapsed},{string.Join(",", Simulator.Checkpoints.OutcomeTotalsFields.ToArray(r.Totals))}"));
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
