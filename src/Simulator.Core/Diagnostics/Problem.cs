namespace Simulator.Diagnostics;

/// <summary>
/// One problem found in a scenario: where (file, 1-based line and column, key path), what is wrong,
/// and how to fix it. Rendered as <c>file:line:column: path: message</c>.
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

    /// <summary>What is wrong and the allowed range or nearest valid name.</summary>
    public required string Message { get; init; }

    /// <summary>True for a warning: the scenario still runs.</summary>
    public bool IsWarning { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var path = Path.Length > 0 ? $" {Path}:" : "";
        var level = IsWarning ? " warning:" : "";
        return $"{where}:{level}{path} {Message}";
    }
}
