namespace Simulator.Cli.Rendering.Validation;

/// <summary>How <c>validate</c> reports (<c>--format</c>).</summary>
internal enum ValidationFormat
{
    /// <summary>As a compiler: problems with source lines on standard error, a verdict per file on standard output.</summary>
    Text,

    /// <summary>One JSON document on standard output (docs/command-line.md).</summary>
    Json,

    /// <summary>One SARIF 2.1.0 log on standard output, for code-scanning tools and editors.</summary>
    Sarif,
}
