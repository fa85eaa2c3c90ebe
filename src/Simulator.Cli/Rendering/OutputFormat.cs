namespace Simulator.Cli.Rendering;

/// <summary>What <c>run</c> and the studies print on standard output (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>Plain-text tables fitted to the terminal's width.</summary>
    Table,

    /// <summary>One JSON document (summary.json's content for a run).</summary>
    Json,

    /// <summary>One CSV table, long format for a run.</summary>
    Csv,

    /// <summary>The tables as GitHub-flavoured Markdown.</summary>
    Markdown,
}
