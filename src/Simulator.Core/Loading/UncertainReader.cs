using System.Globalization;
using Simulator.Model;

namespace Simulator.Loading;

/// <summary>
/// Finds scenario values given as distributions (<c>key: { uncertain: uniform, min: …, max: … }</c>,
/// docs/sweeps.md), checks each against the valid range of its key, and replaces it by its point
/// value (the median) so the mapper validates and uses that value. The key's range is learnt by
/// mapping the document once with the distributions stood in (errors dropped) while the mapper
/// records every number key it reads. A file without distributions costs one walk of the tree.
/// </summary>
internal static class UncertainReader
{
    /// <summary>The key that marks a distribution over points (`sample`, `sensitivity`).</summary>
    public const string Marker = "uncertain";

    /// <summary>The key that marks a distribution over trials (each future draws its own value).</summary>
    public const string PerTrialMarker = "per_trial";

    /// <summary>Most values a discrete distribution may list.</summary>
    public const int MaxDiscreteValues = 64;

    private static readonly ScalarSchema V = ScalarSchema.Instance;

    internal static readonly MapSchema Schema = SchemaFor(Marker);

    internal static readonly MapSchema PerTrialSchema = SchemaFor(PerTrialMarker);

    private static MapSchema SchemaFor(string marker) => new(new (string, SchemaNode)[]
    {
        (marker, V), ("min", V), ("max", V), ("mode", V), ("mean", V), ("sd", V), ("alpha", V), ("beta", V),
        ("median", V), ("p90", V), ("shape", V), ("scale", V), ("values", ScalarListSchema.Instance),
    }.Select(k => new KeyValuePair<string, SchemaNode>(k.Item1, k.Item2)).ToArray());

    internal static readonly (string Name, UncertainKind Value)[] Kinds =
    [
        ("uniform", UncertainKind.Uniform), ("triangular", UncertainKind.Triangular), ("normal", UncertainKind.Normal),
        ("beta", UncertainKind.Beta), ("lognormal", UncertainKind.LogNormal), ("gamma", UncertainKind.Gamma), ("discrete", UncertainKind.Discrete),
    ];

    internal static readonly NumberRange BetaParameter = new(0.01, true, 1e6, true, "a number between 0.01 and 1000000");

    internal static readonly NumberRange GammaShape = new(0.01, true, 1000, true, "a shape between 0.01 and 1000");

    internal static readonly NumberRange GammaScale = new(1e-9, true, 1e9, true, "a scale between 1e-9 and 1e9");

    private static readonly NumberRange AnyNumber = new(double.MinValue, true, double.MaxValue, true, "a number");

    /// <summary>The root with every distribution replaced by its point value; the parameters found are in <paramref name="parameters"/>.</summary>
    public static DocNode Resolve(DocNode root, ErrorSink sink, out IReadOnlyList<UncertainParameter> parameters) =>
        Resolve(root, sink, Marker, out parameters, out _);

    /// <summary>
    /// The root with every per-trial distribution (<c>{ per_trial: … }</c>) replaced by its median;
    /// the values that vary between trials are in <paramref name="variations"/>. Only the keys of
    /// <see cref="TrialVariableKeys"/> may vary so; any other is reported.
    /// </summary>
    public static DocNode ResolvePerTrial(DocNode root, ErrorSink sink, out IReadOnlyList<TrialVariation> variations)
    {
        var resolved = Resolve(root, sink, PerTrialMarker, out var parameters, out var patterns);
        variations = parameters.Select((p, i) => new TrialVariation(p.Path, patterns[i], p.Distribution)).ToList();
        return resolved;
    }

    private static DocNode Resolve(DocNode root, ErrorSink sink, string marker, out IReadOnlyList<UncertainParameter> parameters, out IReadOnlyList<string> patterns)
    {
        parameters = [];
        patterns = [];
        var perTrial = marker == PerTrialMarker;
        var found = new List<Found>();
        Find(root, ScenarioSchema.Root, "", "", "", marker, found, new HashSet<DocNode>(ReferenceEqualityComparer.Instance));
        if (found.Count == 0) return root;

        // Learn each key's range: map once with stand-ins in place of the distributions.
        var recorder = new ErrorSink(sink.DisplayName) { NumberKeys = [] };
        var standIns = found.ToDictionary<Found, DocNode, DocNode>(f => f.Node, f => StandIn(f.Node), ReferenceEqualityComparer.Instance);
        ScenarioMapper.Map(Substitute(root, standIns, new(ReferenceEqualityComparer.Instance)), recorder);

        var result = new List<UncertainParameter>();
        var resultPatterns = new List<string>();
        var values = new Dictionary<DocNode, DocNode>(ReferenceEqualityComparer.Instance);
        var textKeys = new List<(Found Found, UncertainParameter Parameter)>();
        foreach (var f in found)
        {
            var hasRange = recorder.NumberKeys!.TryGetValue(f.FilePath, out var key);
            if (perTrial && (!TrialVariableKeys.Contains(f.Pattern) || !hasRange))
            {
                sink.Error(f.Node, f.FilePath, $"'{f.IdPath}' cannot vary between trials; the keys that can are the real-valued behaviour keys "
                    + "(not run settings, integers, start_day or phases' from_day; see docs/scenario-format.md#values-that-differ-between-trials)");
                values[f.Node] = StandIn(f.Node);
                continue;
            }
            var parameter = Read(f, sink, hasRange ? key.Range : null, hasRange && key.Integer, perTrial ? PerTrialMarker : Marker);
            if (parameter is null)
            {
                values[f.Node] = StandIn(f.Node);
                continue;
            }
            values[f.Node] = new ScalarNode(Unquote(parameter.PointValue, out var plain), plain, f.Node.Origin);
            result.Add(parameter);
            resultPatterns.Add(f.Pattern);
            if (!hasRange) textKeys.Add((f, parameter));
        }
        var resolved = Substitute(root, values, new(ReferenceEqualityComparer.Instance));

        // Values of keys that are not numbers (texts, choices, booleans) are checked by mapping each.
        foreach (var (f, parameter) in textKeys)
        {
            var list = (SequenceNode)f.Node.Get("values")!;
            for (var i = 0; i < parameter.Distribution.Values.Count; i++)
            {
                var scratch = new ErrorSink(sink.DisplayName);
                var one = new Dictionary<DocNode, DocNode>(values, ReferenceEqualityComparer.Instance) { [f.Node] = list.Items[i] };
                ScenarioMapper.Map(Substitute(root, one, new(ReferenceEqualityComparer.Instance)), scratch);
                var own = scratch.Errors.FirstOrDefault(e => e.Path == f.FilePath);
                if (own is not null) sink.Error(list.Items[i], $"{f.FilePath}.values[{i}]", own.Message, own.Help);
            }
        }
        parameters = result;
        patterns = resultPatterns;
        return resolved;
    }

    private sealed record Found(MappingNode Node, string FilePath, string IdPath, string Pattern);

    private static void Find(DocNode node, SchemaNode schema, string filePath, string idPath, string pattern, string marker, List<Found> found, HashSet<DocNode> seen)
    {
        switch (schema, node)
        {
            case (ScalarSchema, MappingNode m) when m.Get(marker) is not null:
                if (seen.Add(m)) found.Add(new Found(m, filePath, idPath, pattern));
                break;
            case (MapSchema map, MappingNode m):
                foreach (var entry in m.Entries)
                {
                    // The sweep section names paths; it holds no scenario values.
                    if (filePath.Length == 0 && entry.Key.Value == "sweep") continue;
                    // A misspelt key is read as the key it is nearest to (MappingReader does the same).
                    var key = map.Find(entry.Key.Value) is null
                        && Diagnostics.NameSuggester.Nearest(entry.Key.Value, map.KeyNames) is { } intended && m.Get(intended) is null
                        ? intended
                        : entry.Key.Value;
                    if (map.Find(key) is { } child)
                    {
                        Find(entry.Value, child, Join(filePath, key), Join(idPath, key), Join(pattern, key), marker, found, seen);
                    }
                }
                break;
            case (ListSchema list, SequenceNode s):
                for (var i = 0; i < s.Items.Count; i++)
                {
                    var id = s.Items[i] is MappingNode item && item.Get("id") is ScalarNode { IsNull: false } idNode ? idNode.Value : null;
                    var index = $"[{i}]";
                    Find(s.Items[i], list.Item, filePath + index, id is null ? idPath + index : Join(idPath, id), Join(pattern, "*"), marker, found, seen);
                }
                break;
            case (ScalarListSchema, SequenceNode s):
                for (var i = 0; i < s.Items.Count; i++)
                {
                    Find(s.Items[i], ScalarSchema.Instance, $"{filePath}[{i}]", $"{idPath}[{i}]", Join(pattern, "*"), marker, found, seen);
                }
                break;
            case (NamedMapSchema named, MappingNode m):
                foreach (var entry in m.Entries)
                {
                    Find(entry.Value, named.Value, Join(filePath, entry.Key.Value), Join(idPath, entry.Key.Value), Join(pattern, "*"), marker, found, seen);
                }
                break;
            case (NamedValuesSchema, MappingNode m):
                foreach (var entry in m.Entries)
                {
                    Find(entry.Value, ScalarSchema.Instance, Join(filePath, entry.Key.Value), Join(idPath, entry.Key.Value), Join(pattern, "*"), marker, found, seen);
                }
                break;
        }
    }

    /// <summary>Reads and checks one distribution; null (after reporting) when it is not usable.</summary>
    private static UncertainParameter? Read(Found f, ErrorSink sink, NumberRange? range, bool integer, string marker)
    {
        var errorsBefore = sink.Errors.Count;
        var r = new MappingReader(f.Node, f.FilePath, sink, marker == Marker ? Schema : PerTrialSchema);
        var kind = r.Choice(marker, Kinds, required: true);
        if (kind is null) return null;
        if (kind != UncertainKind.Discrete && range is null)
        {
            sink.Error(f.Node, f.FilePath, $"a {Name(kind.Value)} distribution needs a number key; '{f.IdPath}' is not one (a text, a choice or a flag may only be discrete: {{ {marker}: discrete, values: [...] }})");
            return null;
        }
        var distribution = kind switch
        {
            UncertainKind.Uniform => Bounded(r, kind.Value, range!, "min", "max", sink),
            UncertainKind.Triangular => Triangular(r, range!, sink),
            UncertainKind.Beta => Beta(r, range!, sink),
            UncertainKind.Normal or UncertainKind.LogNormal => Unbounded(r, kind.Value, range!, sink),
            UncertainKind.Gamma => Gamma(r, range!, sink),
            _ => Discrete(r, range, integer, sink),
        };
        if (distribution is null || sink.Errors.Count > errorsBefore) return null;
        if (distribution.KeptMass < 1e-9)
        {
            sink.Error(f.Node, f.FilePath, $"the {Name(kind.Value)} distribution has (almost) no probability within [{Format(distribution.Min)}, {Format(distribution.Max)}], the values '{f.IdPath}' may take");
            return null;
        }
        if (marker == PerTrialMarker && kind == UncertainKind.Gamma && distribution.KeptMass < 0.01)
        {
            sink.Error(f.Node, f.FilePath, $"the gamma distribution keeps only {distribution.KeptMass:P2} of its probability within [{Format(distribution.Min)}, {Format(distribution.Max)}], the values '{f.IdPath}' may take; a per-trial gamma must keep at least 1% (each trial draws until it falls inside)");
            return null;
        }
        if (integer && kind != UncertainKind.Discrete && Math.Ceiling(distribution.Min) > Math.Floor(distribution.Max))
        {
            sink.Error(f.Node, f.FilePath, $"'{f.IdPath}' is an integer and [{Format(distribution.Min)}, {Format(distribution.Max)}] holds none");
            return null;
        }
        return new UncertainParameter(f.IdPath, distribution, integer);
    }

    private static UncertainDistribution? Bounded(MappingReader r, UncertainKind kind, NumberRange range, string minKey, string maxKey, ErrorSink sink)
    {
        NoEffect(r, kind, minKey, maxKey);
        var min = InRange(r, minKey, range, required: true);
        var max = InRange(r, maxKey, range, required: true);
        if (min is null || max is null) return null;
        if (max <= min)
        {
            sink.Error(r.Get(maxKey)!, r.PathOf(maxKey), $"must be greater than min ({Format(min.Value)}); found {Format(max.Value)}");
            return null;
        }
        return new UncertainDistribution { Kind = kind, Min = min.Value, Max = max.Value };
    }

    private static UncertainDistribution? Triangular(MappingReader r, NumberRange range, ErrorSink sink)
    {
        var d = Bounded(r, UncertainKind.Triangular, range, "min", "max", sink);
        NoEffectExcept(r, UncertainKind.Triangular, "min", "max", "mode");
        var mode = r.Require("mode") is { } node ? ValueReader.Number(node, r.PathOf("mode"), sink, AnyNumber) : null;
        if (d is null || mode is null) return null;
        if (mode < d.Min || mode > d.Max)
        {
            sink.Error(r.Get("mode")!, r.PathOf("mode"), $"must lie between min ({Format(d.Min)}) and max ({Format(d.Max)}); found {Format(mode.Value)}");
            return null;
        }
        return d with { A = mode.Value };
    }

    private static UncertainDistribution? Beta(MappingReader r, NumberRange range, ErrorSink sink)
    {
        NoEffectExcept(r, UncertainKind.Beta, "alpha", "beta", "min", "max");
        // Bounded so that the beta's quantile (an iterative inversion) stays finite and converges.
        var alpha = r.Require("alpha") is { } a ? ValueReader.Number(a, r.PathOf("alpha"), sink, BetaParameter) : null;
        var beta = r.Require("beta") is { } b ? ValueReader.Number(b, r.PathOf("beta"), sink, BetaParameter) : null;
        var min = r.Has("min") ? InRange(r, "min", range, required: false) : 0;
        var max = r.Has("max") ? InRange(r, "max", range, required: false) : 1;
        if (alpha is null || beta is null || min is null || max is null) return null;
        if (!r.Has("min") && !range.Contains(0) || !r.Has("max") && !range.Contains(1))
        {
            sink.Error(r.Node, r.Path, $"give min and max: the default [0, 1] is not within the key's range ({range.Description})");
            return null;
        }
        if (max <= min)
        {
            sink.Error(r.Node, r.Path, $"max ({Format(max.Value)}) must be greater than min ({Format(min.Value)})");
            return null;
        }
        return new UncertainDistribution { Kind = UncertainKind.Beta, Min = min.Value, Max = max.Value, A = alpha.Value, B = beta.Value };
    }

    private static UncertainDistribution? Unbounded(MappingReader r, UncertainKind kind, NumberRange range, ErrorSink sink)
    {
        var (centre, spread) = kind == UncertainKind.Normal ? ("mean", "sd") : ("median", "p90");
        NoEffectExcept(r, kind, centre, spread, "min", "max");
        var a = r.Require(centre) is { } c ? ValueReader.Number(c, r.PathOf(centre), sink, kind == UncertainKind.Normal ? AnyNumber : NumberRange.Positive) : null;
        var b = r.Require(spread) is { } s ? ValueReader.Number(s, r.PathOf(spread), sink, NumberRange.Positive) : null;
        var min = r.Has("min") ? InRange(r, "min", range, required: false) : range.Min;
        var max = r.Has("max") ? InRange(r, "max", range, required: false) : range.Max;
        if (a is null || b is null || min is null || max is null) return null;
        if (kind == UncertainKind.LogNormal && b <= a)
        {
            sink.Error(r.Get(spread)!, r.PathOf(spread), $"must be greater than median ({Format(a.Value)}); found {Format(b.Value)}");
            return null;
        }
        if (max <= min)
        {
            sink.Error(r.Node, r.Path, $"max ({Format(max.Value)}) must be greater than min ({Format(min.Value)})");
            return null;
        }
        return new UncertainDistribution { Kind = kind, Min = min.Value, Max = max.Value, A = a.Value, B = b.Value };
    }

    private static UncertainDistribution? Gamma(MappingReader r, NumberRange range, ErrorSink sink)
    {
        NoEffectExcept(r, UncertainKind.Gamma, "shape", "scale", "min", "max");
        // Bounded so that the gamma's quantile (an iterative inversion) always converges quickly.
        var shape = r.Require("shape") is { } a ? ValueReader.Number(a, r.PathOf("shape"), sink, GammaShape) : null;
        var scale = r.Require("scale") is { } b ? ValueReader.Number(b, r.PathOf("scale"), sink, GammaScale) : null;
        var min = r.Has("min") ? InRange(r, "min", range, required: false) : Math.Max(range.Min, 0);
        var max = r.Has("max") ? InRange(r, "max", range, required: false) : range.Max;
        if (shape is null || scale is null || min is null || max is null) return null;
        if (max <= min)
        {
            sink.Error(r.Node, r.Path, $"max ({Format(max.Value)}) must be greater than min ({Format(min.Value)})");
            return null;
        }
        return new UncertainDistribution { Kind = UncertainKind.Gamma, Min = min.Value, Max = max.Value, A = shape.Value, B = scale.Value };
    }

    private static UncertainDistribution? Discrete(MappingReader r, NumberRange? range, bool integer, ErrorSink sink)
    {
        NoEffectExcept(r, UncertainKind.Discrete, "values");
        if (r.Sequence("values", required: true, MaxDiscreteValues) is not { } list) return null;
        if (list.Items.Count == 0)
        {
            sink.Error(list, r.PathOf("values"), "must list at least one value");
            return null;
        }
        var values = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{r.PathOf("values")}[{i}]";
            if (list.Items[i] is not ScalarNode { IsNull: false } scalar)
            {
                sink.Error(list.Items[i], path, $"expected a single value, found {list.Items[i].Describe()}");
                continue;
            }
            if (range is not null)
            {
                if (integer) ValueReader.Integer(scalar, path, sink, new System.Numerics.BigInteger(range.Min), new System.Numerics.BigInteger(range.Max));
                else ValueReader.Number(scalar, path, sink, range);
            }
            values.Add(scalar.IsPlain ? scalar.Value : "'" + scalar.Value.Replace("'", "''", StringComparison.Ordinal) + "'");
        }
        return new UncertainDistribution { Kind = UncertainKind.Discrete, Values = values };
    }

    private static double? InRange(MappingReader r, string key, NumberRange range, bool required)
    {
        var node = required ? r.Require(key) : r.Get(key);
        return node is null ? null : ValueReader.Number(node, r.PathOf(key), r.Sink, range);
    }

    private static void NoEffect(MappingReader r, UncertainKind kind, params string[] keep) => NoEffectExcept(r, kind, keep);

    private static void NoEffectExcept(MappingReader r, UncertainKind kind, params string[] keep)
    {
        foreach (var entry in r.Node.Entries)
        {
            var key = entry.Key.Value;
            if (key == Marker || key == PerTrialMarker || keep.Contains(key) || Schema.Find(key) is null) continue;
            if (kind == UncertainKind.Triangular && key == "mode") continue;
            r.Sink.Error(entry.Key, r.PathOf(key), $"has no effect in a {Name(kind)} distribution", "remove it");
        }
    }

    /// <summary>A copy of the tree with the given nodes replaced (shared subtrees stay shared).</summary>
    private static DocNode Substitute(DocNode node, IReadOnlyDictionary<DocNode, DocNode> replace, Dictionary<DocNode, DocNode> memo)
    {
        if (replace.TryGetValue(node, out var replacement)) return replacement;
        if (memo.TryGetValue(node, out var done)) return done;
        DocNode result = node;
        switch (node)
        {
            case MappingNode m:
                var entries = m.Entries.Select(e => e with { Value = Substitute(e.Value, replace, memo) }).ToList();
                if (entries.Where((e, i) => !ReferenceEquals(e.Value, m.Entries[i].Value)).Any())
                {
                    result = new MappingNode(m.Origin, entries) { ExpandedSize = m.ExpandedSize };
                }
                break;
            case SequenceNode s:
                var items = s.Items.Select(i => Substitute(i, replace, memo)).ToList();
                if (items.Where((item, i) => !ReferenceEquals(item, s.Items[i])).Any())
                {
                    result = new SequenceNode(s.Origin, items) { ExpandedSize = s.ExpandedSize };
                }
                break;
        }
        memo[node] = result;
        return result;
    }

    private static ScalarNode StandIn(DocNode node) => new(Marker, false, node.Origin) { IsStandIn = true };

    /// <summary>Discrete values keep their quoting: <c>'a b'</c> is a quoted (text) scalar.</summary>
    private static string Unquote(string value, out bool plain)
    {
        plain = !(value.Length >= 2 && value[0] == '\'' && value[^1] == '\'');
        return plain ? value : value[1..^1].Replace("''", "'", StringComparison.Ordinal);
    }

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";

    private static string Name(UncertainKind kind) => Kinds.First(k => k.Value == kind).Name;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
