using Simulator.Diagnostics;

namespace Simulator.Loading;

/// <summary>
/// Applies <c>--set key.path=value</c> overrides to the document tree before mapping, so an
/// overridden value is validated exactly like one written in the file. Paths follow the schema:
/// keys by name, list items by <c>[index]</c> or by their <c>id</c>, lifecycles by name. A key
/// valid in the schema but absent from the file is created; list items and lifecycles are not.
/// Nodes along the path are copied before they are changed, because an alias may share them
/// with another part of the document that must keep its value.
/// </summary>
internal static class OverrideApplier
{
    public static DocNode Apply(DocNode root, IReadOnlyList<string> overrides, ErrorSink sink)
    {
        // A root that is not a mapping is reported by the mapper; overrides have nothing to apply to.
        if (root is not MappingNode map) return root;
        var copy = map.Copy();
        foreach (var text in overrides)
        {
            ApplyOne(copy, text, sink);
        }
        return copy;
    }

    private static void ApplyOne(MappingNode root, string text, ErrorSink sink)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            sink.OverrideError(text, "expected key.path=value, e.g. run.trials=500");
            return;
        }
        var key = text[..equals].Trim();
        var segments = OverrideSegment.Parse(key);
        if (segments is null)
        {
            sink.OverrideError(key, "malformed key path; separate keys with dots and address list items by [index] or by id, e.g. regimes.monitors.sensitivity");
            return;
        }
        if (ParseValue(key, text[(equals + 1)..], sink) is not { } value) return;
        new Walk(key, segments, value, sink).Run(root);
    }

    /// <summary>
    /// Parses the value exactly as a YAML scalar in the file would be, or a flow list of scalars
    /// (<c>[qatar, turkiye]</c>) for list-valued keys; null (after reporting) if it is neither.
    /// </summary>
    private static DocNode? ParseValue(string key, string text, ErrorSink sink)
    {
        var origin = NodeOrigin.Override(key);
        if (text.Trim().Length == 0)
        {
            return new ScalarNode("", true, origin);
        }
        var scratch = new ErrorSink(ErrorSink.OverrideFile);
        var node = TreeBuilder.Build(text, scratch, (_, _) => origin);
        if (scratch.HasErrors || node is null)
        {
            var reason = scratch.Errors.Count > 0 ? scratch.Errors[0].FullMessage : "not a value";
            sink.OverrideError(key, $"the value '{text}' is not a valid YAML value: {reason}");
            return null;
        }
        if (node is SequenceNode list && list.Items.All(i => i is ScalarNode))
        {
            return list;
        }
        if (node is not ScalarNode scalar)
        {
            sink.OverrideError(key, $"only single values and flow lists of single values ([a, b]) can be set; the value '{text}' is {node.Describe()}");
            return null;
        }
        return scalar;
    }

    /// <summary>One override's descent through the tree, with the prefix walked so far for messages.</summary>
    private sealed class Walk(string key, List<OverrideSegment> segments, DocNode value, ErrorSink sink)
    {
        private readonly NodeOrigin _origin = NodeOrigin.Override(key);
        private string _prefix = "";

        public void Run(MappingNode root)
        {
            DocNode container = root;
            SchemaNode schema = ScenarioSchema.Root;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                var last = i == segments.Count - 1;
                var next = schema switch
                {
                    MapSchema map => IntoMapping((MappingNode)container, map, segment, last),
                    ListSchema list => IntoList((SequenceNode)container, list, segment, last),
                    ScalarListSchema => IntoScalarList((SequenceNode)container, segment, last),
                    NamedMapSchema named => IntoNamed((MappingNode)container, named, segment, last),
                    NamedValuesSchema => IntoNamedValues((MappingNode)container, segment, last),
                    _ => Fail($"'{_prefix}' is a single value; it has no keys below it"),
                };
                _prefix = segment.Key is null ? $"{_prefix}[{segment.Index}]" : _prefix.Length == 0 ? segment.Key : $"{_prefix}.{segment.Key}";
                if (next is null) return;
                (container, schema) = next.Value;
            }
        }

        private (DocNode, SchemaNode)? IntoMapping(MappingNode mapping, MapSchema schema, OverrideSegment segment, bool last)
        {
            if (segment.Key is null)
            {
                return Fail($"'{_prefix}' is a mapping; address its keys by name, not by [{segment.Index}]");
            }
            var childSchema = schema.Find(segment.Key);
            if (childSchema is null)
            {
                return Fail($"unknown key '{segment.Key}'", NameSuggester.Help(segment.Key, schema.KeyNames.ToList()));
            }
            var keyNode = new ScalarNode(segment.Key, false, _origin);
            if (last)
            {
                if (childSchema is ScalarListSchema && value is SequenceNode)
                {
                    mapping.Set(keyNode, value);
                    return null;
                }
                if (childSchema is not ScalarSchema)
                {
                    var hint = childSchema is ScalarListSchema ? $"; give a flow list, e.g. {Join(segment.Key)}=[a, b]" : "";
                    return Fail($"only single values can be set; '{Join(segment.Key)}' is {childSchema.Kind}{hint}");
                }
                if (value is SequenceNode)
                {
                    return Fail($"'{Join(segment.Key)}' takes a single value, not a list");
                }
                mapping.Set(keyNode, value);
                return null;
            }
            var child = mapping.Get(segment.Key);
            if (child is null or ScalarNode { IsNull: true })
            {
                if (childSchema is not (MapSchema or NamedValuesSchema))
                {
                    return Fail($"'{Join(segment.Key)}' is not in the file; --set cannot create list items or lifecycles");
                }
                child = new MappingNode(_origin, []);
            }
            // A number written as a distribution: its parameters are set by name (attack_rate.shape).
            if (childSchema is ScalarSchema)
            {
                if (DistributionSchema(child) is not { } distribution)
                {
                    return Fail($"'{Join(segment.Key)}' is a single value; only a value written as a distribution ({{ per_trial: … }} or {{ uncertain: … }}) has keys below it");
                }
                childSchema = distribution;
            }
            var copy = CopyAs(child, childSchema, Join(segment.Key));
            if (copy is null) return null;
            mapping.Set(keyNode, copy);
            return (copy, childSchema);
        }

        private static MapSchema? DistributionSchema(DocNode node) => node switch
        {
            MappingNode m when m.Get(UncertainReader.PerTrialMarker) is not null => UncertainReader.PerTrialSchema,
            MappingNode m when m.Get(UncertainReader.Marker) is not null => UncertainReader.Schema,
            _ => null,
        };

        private (DocNode, SchemaNode)? IntoList(SequenceNode list, ListSchema schema, OverrideSegment segment, bool last)
        {
            var index = segment.Key is null ? segment.Index : list.Items.FindIndex(item => IdOf(item) == segment.Key);
            if (segment.Key is not null && index < 0)
            {
                var ids = list.Items.Select(IdOf).OfType<string>().ToList();
                return Fail($"'{_prefix}' has no item with id '{segment.Key}'", NameSuggester.Help(segment.Key, ids));
            }
            if (index >= list.Items.Count)
            {
                return Fail($"index {index} is out of range; '{_prefix}' has {list.Items.Count} items");
            }
            var itemPath = $"{_prefix}[{index}]";
            if (last)
            {
                return Fail($"only single values can be set; '{itemPath}' is a mapping");
            }
            var copy = CopyAs(list.Items[index], schema.Item, itemPath);
            if (copy is null) return null;
            list.Items[index] = copy;
            return (copy, schema.Item);
        }

        private (DocNode, SchemaNode)? IntoScalarList(SequenceNode list, OverrideSegment segment, bool last)
        {
            if (segment.Key is not null || !last)
            {
                return Fail($"'{_prefix}' is a list of single values; address one item as {_prefix}[index]");
            }
            if (segment.Index >= list.Items.Count)
            {
                return Fail($"index {segment.Index} is out of range; '{_prefix}' has {list.Items.Count} items");
            }
            if (value is SequenceNode)
            {
                return Fail($"'{_prefix}[{segment.Index}]' takes a single value, not a list");
            }
            list.Items[segment.Index] = value;
            return null;
        }

        // Names to single values (mediators' regard, initial_state.commitments): a missing name is added.
        private (DocNode, SchemaNode)? IntoNamedValues(MappingNode mapping, OverrideSegment segment, bool last)
        {
            if (segment.Key is null || !last)
            {
                return Fail($"'{_prefix}' maps names to single values; set one as {_prefix}.name=value");
            }
            if (value is SequenceNode)
            {
                return Fail($"'{Join(segment.Key)}' takes a single value, not a list");
            }
            mapping.Set(new ScalarNode(segment.Key, false, _origin), value);
            return null;
        }

        private (DocNode, SchemaNode)? IntoNamed(MappingNode mapping, NamedMapSchema schema, OverrideSegment segment, bool last)
        {
            var names = mapping.Entries.Select(e => e.Key.Value).ToList();
            if (segment.Key is null || !names.Contains(segment.Key))
            {
                var name = segment.Key ?? $"[{segment.Index}]";
                return Fail($"'{_prefix}' has no entry named '{name}'", NameSuggester.Help(name, names));
            }
            if (last)
            {
                return Fail($"only single values can be set; '{Join(segment.Key)}' is a mapping");
            }
            var copy = CopyAs(mapping.Get(segment.Key)!, schema.Value, Join(segment.Key));
            if (copy is null) return null;
            mapping.Set(new ScalarNode(segment.Key, false, _origin), copy);
            return (copy, schema.Value);
        }

        /// <summary>A shallow copy of a container of the kind the schema expects; null (after reporting) on a mismatch.</summary>
        private DocNode? CopyAs(DocNode node, SchemaNode schema, string path) => (node, schema) switch
        {
            (MappingNode m, MapSchema or NamedMapSchema or NamedValuesSchema) => m.Copy(),
            (SequenceNode s, ListSchema or ScalarListSchema) => s.Copy(),
            _ => Fail($"'{path}' is {node.Describe()} in the file, where {schema.Kind} is expected") is null ? null : null,
        };

        private string Join(string key) => _prefix.Length == 0 ? key : $"{_prefix}.{key}";

        private static string? IdOf(DocNode item) =>
            item is MappingNode m && m.Get("id") is ScalarNode id ? id.Value : null;

        private (DocNode, SchemaNode)? Fail(string message, string? help = null)
        {
            sink.OverrideError(key, message, help);
            return null;
        }
    }
}
