using System.CommandLine;
using Simulator.Cli.Rendering;

namespace Simulator.Cli.Commands;

/// <summary>The options discover and robustness share: the points' folder, --out, --format, --quiet and --config.</summary>
internal sealed class FolderStudyOptions
{
    private readonly Argument<string> _folder = new("dir") { Description = "A folder written by 'sample --out DIR' (or 'sweep --out DIR')." };
    private readonly Option<string?> _out = new("--out") { Description = "Write the files here instead of into DIR.", HelpName = "DIR" };
    private readonly ChoiceOption<OutputFormat> _format = new("--format",
        "What to print on standard output: tables fitted to the terminal, JSON, CSV (the file's content) or Markdown.",
        [("table", OutputFormat.Table), ("json", OutputFormat.Json), ("csv", OutputFormat.Csv), ("markdown", OutputFormat.Markdown)], "table");
    private readonly Option<bool> _quiet = new("--quiet") { Description = "No progress display, as for the studies (these commands are fast and show none)." };
    private readonly Option<string[]> _config = CommonOptions.Config();

    public void AddTo(Command command)
    {
        command.Add(_folder);
        command.Add(_out);
        command.Add(_format.Option);
        command.Add(_quiet);
        command.Add(_config);
    }

    public string Folder(ParseResult parse) => parse.GetValue(_folder)!;

    public string? Out(ParseResult parse) => parse.GetValue(_out);

    public OutputFormat Format(ParseResult parse) => _format.Get(parse);

    public bool Quiet(ParseResult parse) => parse.GetValue(_quiet);

    public IReadOnlyList<string> ConfigArgs(ParseResult parse) => CommonOptions.ToConfigArgs(parse.GetValue(_config)!);
}
