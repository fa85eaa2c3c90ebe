using Simulator.Diagnostics;

namespace Simulator.Loading;

/// <summary>
/// Positions problems found after loading (by the validation rules) at the text the user wrote:
/// the line and column of a key path in the file, or the <c>--set</c> override that set it.
/// A value left at its default has no node of its own; it is placed at its deepest ancestor present.
/// </summary>
public sealed class SourceLocator
{
    private readonly DocNode _root;

    internal SourceLocator(DocNode root, string displayName)
    {
        _root = root;
        DisplayName = displayName;
    }

    /// <summary>The file as the user named it.</summary>
    public string DisplayName { get; }

    /// <summary>An error about the value at <paramref name="path"/> (e.g. <c>regimes[1].verdict_delay.days</c>).</summary>
    public Problem Error(string path, string message) => Make(path, message, warning: false);

    /// <summary>A warning about the value at <paramref name="path"/>: the scenario still runs.</summary>
    public Problem Warning(string path, string message) => Make(path, message, warning: true);

    private Problem Make(string path, string message, bool warning)
    {
        var (node, found) = Locate(path);
        return node.Origin.IsOverride
            ? new Problem { File = ErrorSink.OverrideFile, Path = node.Origin.OverrideKey!, Message = message, IsWarning = warning }
            : new Problem
            {
                File = DisplayName,
                Line = node.Origin.Line,
                Column = node.Origin.Column,
                Path = found.Length == 0 ? path : found,
                Message = message,
                IsWarning = warning,
            };
    }

    /// <summary>The node at a key path, or the deepest ancestor present, with the path of that node.</summary>
    internal (DocNode Node, string Path) Locate(string path)
    {
        var node = _root;
        var found = "";
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[');
            var key = bracket < 0 ? segment : segment[..bracket];
            if (node is not MappingNode map || map.Get(key) is not { } child) break;
            node = child;
            found = found.Length == 0 ? key : $"{found}.{key}";
            if (bracket < 0) continue;
            var index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (node is not SequenceNode list || index >= list.Items.Count) break;
            node = list.Items[index];
            found += $"[{index}]";
        }
        return (node, found);
    }
}
