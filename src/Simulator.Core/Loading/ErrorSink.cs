using Simulator.Diagnostics;

namespace Simulator.Loading;

/// <summary>
/// Collects every error and warning of one load, positioned at the node they are about. Problems
/// in values that came from <c>--set</c> are attributed to "--set" and the key the user typed,
/// since a file position would point at text the user did not write.
/// </summary>
internal sealed class ErrorSink
{
    /// <summary>File name used for problems in overrides.</summary>
    public const string OverrideFile = "--set";

    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];

    public ErrorSink(string displayName)
    {
        DisplayName = displayName;
    }

    /// <summary>Name of the file as the user gave it.</summary>
    public string DisplayName { get; }

    public IReadOnlyList<Problem> Errors => _errors;

    public IReadOnlyList<Problem> Warnings => _warnings;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>
    /// When not null, every number key the mapper reads is recorded here with its range (and whether it
    /// is an integer key), by key path: how uncertain values learn their valid range.
    /// </summary>
    public Dictionary<string, (NumberRange Range, bool Integer)>? NumberKeys { get; init; }

    /// <summary>When not null, told what the mapper reads where (how the editor schema learns the format).</summary>
    public IReadObserver? Reads { get; init; }

    /// <summary>Records a number key read at <paramref name="path"/> (when <see cref="NumberKeys"/> is on).</summary>
    public void NoteNumberKey(string path, NumberRange range, bool integer)
    {
        if (NumberKeys is not null) NumberKeys[path] = (range, integer);
    }

    /// <summary>An error about <paramref name="node"/> at key path <paramref name="path"/>.</summary>
    public void Error(DocNode node, string path, string message, string? help = null)
    {
        if (node is ScalarNode { IsStandIn: true }) return;
        _errors.Add(Make(node.Origin, path, message, help, false));
    }

    /// <summary>A warning about <paramref name="node"/>: the scenario still loads.</summary>
    public void Warning(DocNode node, string path, string message, string? help = null) => _warnings.Add(Make(node.Origin, path, message, help, true));

    /// <summary>An error at a file position (syntax errors, limits).</summary>
    public void ErrorAt(NodeOrigin origin, string path, string message, string? help = null) => _errors.Add(Make(origin, path, message, help, false));

    /// <summary>An error about the whole file (no position).</summary>
    public void FileError(string message) => _errors.Add(new Problem { File = DisplayName, Message = message });

    /// <summary>An error about a <c>--set</c> argument that never became a node.</summary>
    public void OverrideError(string key, string message, string? help = null) =>
        _errors.Add(new Problem { File = OverrideFile, Path = key, Message = message, Help = help });

    private Problem Make(NodeOrigin origin, string path, string message, string? help, bool warning) => origin.IsOverride
        ? new Problem { File = OverrideFile, Path = origin.OverrideKey!, Message = message, Help = help, IsWarning = warning }
        : new Problem
        {
            File = DisplayName,
            Line = origin.Line,
            Column = origin.Column,
            Path = path,
            Message = message,
            Help = help,
            IsWarning = warning,
        };
}
