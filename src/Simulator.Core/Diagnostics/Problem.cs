namespace Simulator.Diagnostics;

/// <summary>
/// One problem found in a scenario: where (file, 1-based line and column, key path), what is wrong,
/// and how to fix it. Rendered as <c>file:line:column: path: message; help</c>; front ends may show
/// <see cref="Help"/> and <see cref="SourceLine"/> on lines of their own, as a compiler does.
/// </summary>
public sealed record Problem
{
    /// <summary>File name as given by the user (or "&lt;built-in&gt;", "--set").</summary>
    public required string File { get; init; }

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Key path such as <c>regimes[1].sensitivity</c>; empty for whole-file problems.</summary>
    public string Path { get; init; } = "";

    /// <summary>What is wrong, with the allowed range or the value found.</summary>
    public required string Message { get; init; }

    /// <summary>How to fix it when a fix is known (<c>did you mean 'kind'?</c>, <c>remove it</c>); null otherwise.</summary>
    public string? Help { get; init; }

    /// <summary>The text of the source line at <see cref="Line"/> (without its line break), when known.</summary>
    public string? SourceLine { get; init; }

    /// <summary>True for a warning: the scenario still runs.</summary>
    public bool IsWarning { get; init; }

    /// <summary>The message with its help, as one sentence: <c>unknown key 'knd'; did you mean 'kind'?</c>.</summary>
    public string FullMessage => Help is null ? Message : $"{Message}; {Help}";

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var path = Path.Length > 0 ? $" {Path}:" : "";
        var level = IsWarning ? " warning:" : "";
        return $"{where}:{level}{path} {FullMessage}";
    }
}
