using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Simulator.Loading;

/// <summary>
/// Builds a <see cref="DocNode"/> tree from YamlDotNet parser events, iteratively, enforcing the
/// depth and alias-expansion limits as it goes (so a hostile file is stopped early, with bounded
/// memory) and reporting duplicate keys, non-scalar keys, unknown aliases and syntax errors.
/// </summary>
internal sealed class TreeBuilder
{
    private const string StrTag = "tag:yaml.org,2002:str";

    private readonly ErrorSink _sink;
    private readonly Func<long, long, NodeOrigin> _origin;
    private readonly Dictionary<string, DocNode> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _stack = new();
    private DocNode? _root;
    private bool _failed;
    private string _yaml = "";

    private TreeBuilder(ErrorSink sink, Func<long, long, NodeOrigin> origin)
    {
        _sink = sink;
        _origin = origin;
    }

    /// <summary>
    /// Parses <paramref name="yaml"/>; null when it is not a usable document (errors reported).
    /// <paramref name="origin"/> turns a parser position into a node origin (file position, or an override).
    /// </summary>
    public static DocNode? Build(string yaml, ErrorSink sink, Func<long, long, NodeOrigin>? origin = null)
    {
        var builder = new TreeBuilder(sink, origin ?? NodeOrigin.At);
        builder.Run(yaml);
        return builder._failed ? null : builder._root;
    }

    private void Run(string yaml)
    {
        _yaml = yaml;
        var parser = new Parser(new StringReader(yaml));
        var documents = 0;
        var last = new Mark();
        while (!_failed)
        {
            ParsingEvent current;
            try
            {
                if (!parser.MoveNext()) break;
                current = parser.Current!;
            }
            catch (YamlException ex)
            {
                SyntaxError(ex.Start.Line, ex.Start.Column, ex.Message);
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The parser is a library boundary: whatever it throws on odd input becomes an error, not a crash.
                SyntaxError(last.Line, last.Column, ex.Message);
                break;
            }
            last = current.Start;
            if (current is DocumentStart && ++documents > 1)
            {
                Fail(Origin(current), "", "the file holds more than one YAML document; a scenario is one document");
                break;
            }
            Handle(current);
        }
        if (!_failed && _root is null)
        {
            Fail(_origin(1, 1), "", "the file is empty; a scenario is a mapping of keys such as name, run, principals and regimes");
        }
    }

    private void Handle(ParsingEvent e)
    {
        switch (e)
        {
            case Scalar scalar:
                var plain = scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || scalar.Tag.Value != StrTag)
                    || !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value != StrTag;
                Complete(new ScalarNode(scalar.Value, plain, Origin(e)), scalar.Anchor);
                break;
            case AnchorAlias alias:
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    Add(target);
                }
                else
                {
                    _sink.ErrorAt(Origin(e), ChildPath(), $"alias '*{alias.Value.Value}' refers to no anchor defined before it");
                    Add(new ScalarNode("", true, Origin(e)) { IsStandIn = true });
                }
                break;
            case MappingStart or SequenceStart:
                if (_stack.Count >= LoadLimits.MaxDepth)
                {
                    Fail(Origin(e), ChildPath(), $"nesting is deeper than {LoadLimits.MaxDepth} levels");
                    return;
                }
                var flow = e is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
                _stack.Push(new Frame(e is MappingStart, Origin(e), ((NodeEvent)e).Anchor, ChildPath())
                {
                    Flow = flow ? ((int)e.Start.Line, (int)e.Start.Column) : null,
                });
                break;
            case MappingEnd or SequenceEnd:
                var frame = _stack.Pop();
                DocNode node = frame.IsMapping ? ToMapping(frame) : new SequenceNode(frame.Origin, frame.Items);
                node.ExpandedSize = frame.Size;
                Complete(node, frame.Anchor);
                break;
        }
    }

    private void Complete(DocNode node, AnchorName anchor)
    {
        // Anchors are registered only once their node is complete, so an alias can never refer to
        // an enclosing node: the tree is acyclic and expansion sizes are finite.
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
        Add(node);
    }

    private void Add(DocNode node)
    {
        if (_stack.Count == 0)
        {
            _root = node;
            return;
        }
        var parent = _stack.Peek();
        parent.Items.Add(node);
        parent.Size += node.ExpandedSize;
        // A container's partial size never exceeds the document's, so stopping here is exact and early.
        if (parent.Size > LoadLimits.MaxExpandedNodes)
        {
            Fail(parent.Origin, parent.Path,
                $"the document would have more than {LoadLimits.MaxExpandedNodes} nodes with its aliases expanded; aliases must not multiply content");
        }
    }

    private MappingNode ToMapping(Frame frame)
    {
        var entries = new List<MappingEntry>(frame.Items.Count / 2);
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < frame.Items.Count; i += 2)
        {
            if (frame.Items[i] is not ScalarNode key)
            {
                _sink.Error(frame.Items[i], frame.Path, $"a key must be a plain name, found {frame.Items[i].Describe()}");
                continue;
            }
            if (seen.TryGetValue(key.Value, out var first))
            {
                _sink.Error(key, Join(frame.Path, key.Value), $"duplicate key '{key.Value}' (first defined at line {first.Origin.Line}); each key may appear once");
                continue;
            }
            seen.Add(key.Value, key);
            entries.Add(new MappingEntry(key, frame.Items[i + 1]));
        }
        return new MappingNode(frame.Origin, entries);
    }

    private NodeOrigin Origin(ParsingEvent e) => _origin(e.Start.Line, e.Start.Column);

    /// <summary>Key path of the node about to be added (for positioned errors before it exists).</summary>
    private string ChildPath()
    {
        if (_stack.Count == 0) return "";
        var parent = _stack.Peek();
        if (!parent.IsMapping) return $"{parent.Path}[{parent.Items.Count}]";
        return parent.Items.Count % 2 == 1 && parent.Items[^1] is ScalarNode key ? Join(parent.Path, key.Value) : parent.Path;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private void Fail(NodeOrigin origin, string path, string message, string? help = null)
    {
        _sink.ErrorAt(origin, path, message, help);
        _failed = true;
    }

    /// <summary>Reports the parser's failure in plain words, at the place the mistake is (see <see cref="YamlSyntaxError"/>).</summary>
    private void SyntaxError(long line, long column, string parserMessage)
    {
        var open = _stack.FirstOrDefault(f => f.Flow is not null);
        var context = new YamlSyntaxError.Context((int)line, (int)column, _stack.Count > 0 ? _stack.Peek().Path : "", ChildPath(),
            open is null ? null : (open.Flow!.Value.Line, open.Flow.Value.Column, open.IsMapping));
        var why = YamlSyntaxError.Explain(_yaml, parserMessage, context);
        Fail(_origin(why.Line, why.Column), why.Path, why.Message, why.Help);
    }

    private sealed class Frame(bool isMapping, NodeOrigin origin, AnchorName anchor, string path)
    {
        public string Path { get; } = path;
        public bool IsMapping { get; } = isMapping;
        public NodeOrigin Origin { get; } = origin;
        public AnchorName Anchor { get; } = anchor;
        public List<DocNode> Items { get; } = [];
        public long Size { get; set; } = 1;

        /// <summary>Where a <c>[…]</c> or <c>{…}</c> opened; null for block collections.</summary>
        public (int Line, int Column)? Flow { get; init; }
    }
}
