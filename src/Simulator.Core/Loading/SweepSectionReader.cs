using Simulator.Model;

namespace Simulator.Loading;

/// <summary>
/// Reads the optional <c>sweep</c> section (docs/sweeps.md): a list of varied parameters, each a
/// <c>--set</c> key path with either <c>values</c> or <c>from</c>/<c>to</c>/<c>step</c>. When the rest
/// of the scenario is valid, every value is checked by applying it as an override and mapping the
/// result, so a path that addresses nothing or a value out of its range is an error at its line.
/// </summary>
internal static class SweepSectionReader
{
    /// <summary>Most parameters one sweep section may vary.</summary>
    public const int MaxParameters = 32;

    public static IReadOnlyList<SweepAxis> Read(DocNode root, ErrorSink sink, bool validateValues)
    {
        if (root is not MappingNode rootMapping || rootMapping.Get("sweep") is null) return [];
        var r = new MappingReader(rootMapping, "", sink, ScenarioSchema.Root);
        if (r.Mapping("sweep", required: false) is not { } sweep) return [];
        var axes = new List<SweepAxis>();
        var items = sweep.Items("vary", required: true, MaxParameters);
        if (sweep.Get("vary") is SequenceNode { Items.Count: 0 } empty)
        {
            sink.Error(empty, sweep.PathOf("vary"), "must list at least one parameter to vary");
        }
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var path = item.Text("path", required: true);
            var values = ReadValues(item, sink);
            if (path is null || values is null) continue;
            if (paths.TryGetValue(path, out var earlier))
            {
                sink.Error(item.Get("path")!, item.PathOf("path"), $"'{path}' is already varied by {earlier}; give all its values in one entry");
                continue;
            }
            paths[path] = item.Path;
            if (validateValues && !Validate(root, item, path, values, sink)) continue;
            axes.Add(new SweepAxis(path, values.Select(v => v.Text).ToArray()));
        }
        return axes;
    }

    private static List<(string Text, DocNode Node, string Path)>? ReadValues(MappingReader item, ErrorSink sink)
    {
        var hasList = item.Has("values");
        var rangeKeys = new[] { "from", "to", "step" }.Where(item.Has).ToArray();
        if (hasList == (rangeKeys.Length > 0))
        {
            sink.Error(item.Node, item.Path, hasList
                ? $"give either values or from/to/step, not both; remove {string.Join(", ", rangeKeys)}"
                : "missing required key 'values' (or from, to and step)");
            return null;
        }
        if (hasList)
        {
            if (item.Sequence("values", required: true, SweepAxis.MaxValues) is not { } list) return null;
            if (list.Items.Count == 0)
            {
                sink.Error(list, item.PathOf("values"), "must list at least one value");
                return null;
            }
            var result = new List<(string, DocNode, string)>();
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (list.Items[i] is ScalarNode { IsNull: false } scalar)
                {
                    var text = scalar.IsPlain ? scalar.Value : "'" + scalar.Value.Replace("'", "''", StringComparison.Ordinal) + "'";
                    result.Add((text, scalar, $"{item.PathOf("values")}[{i}]"));
                }
                else
                {
                    sink.Error(list.Items[i], $"{item.PathOf("values")}[{i}]", $"expected a single value, found {list.Items[i].Describe()}");
                }
            }
            return result.Count == list.Items.Count ? result : null;
        }
        var any = NumberRange.NonNegative with { Min = double.MinValue, Description = "a number" };
        var from = Number(item, "from", any, sink);
        var to = Number(item, "to", any, sink);
        var step = Number(item, "step", NumberRange.Positive, sink);
        if (from is null || to is null || step is null) return null;
        if (SweepAxis.RangeError(from.Value, to.Value, step.Value) is { } error)
        {
            sink.Error(item.Node, item.Path, error);
            return null;
        }
        return SweepAxis.Range(from.Value, to.Value, step.Value).Select(v => (v, (DocNode)item.Node, item.Path)).ToList();
    }

    private static double? Number(MappingReader item, string key, NumberRange range, ErrorSink sink) =>
        item.Require(key) is { } node ? ValueReader.Number(node, item.PathOf(key), sink, range) : null;

    /// <summary>Applies each value as an override and maps the result; reports the first problem of each at its node.</summary>
    private static bool Validate(DocNode root, MappingReader item, string path, List<(string Text, DocNode Node, string Path)> values, ErrorSink sink)
    {
        var ok = true;
        var pathChecked = false;
        foreach (var (text, node, valuePath) in values)
        {
            var scratch = new ErrorSink(sink.DisplayName);
            var changed = OverrideApplier.Apply(root, [$"{path}={text}"], scratch);
            if (scratch.HasErrors)
            {
                // Every value fails the same way when the path itself is wrong: say it once, at the path.
                sink.Error(item.Get("path")!, item.PathOf("path"), scratch.Errors[0].Message, scratch.Errors[0].Help);
                return false;
            }
            pathChecked = true;
            ScenarioMapper.Map(changed, scratch);
            if (scratch.HasErrors)
            {
                var where = node is ScalarNode ? "" : $"value {text}: ";
                sink.Error(node, valuePath, where + scratch.Errors[0].Message, scratch.Errors[0].Help);
                ok = false;
            }
        }
        return ok && pathChecked;
    }
}
