using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Simulator.Diagnostics;

namespace Simulator.Cli.Commands;

/// <summary>
/// What was wrong with a command line, in the user's words: an unknown command or option with the
/// nearest valid name (<c>rnu</c>: did you mean 'run'?), a value that does not parse with what to
/// type instead. One problem per mistake: the value after an unknown option is not a second one.
/// </summary>
internal static partial class ParseProblems
{
    public static IReadOnlyList<string> Of(ParseResult parse, string[] args)
    {
        var problems = new List<string>();
        var command = parse.CommandResult.Command;
        var unknown = UnknownTokens(parse, args).ToList();
        var unknownCommand = false;
        string? previousUnknownOption = null;
        foreach (var token in unknown)
        {
            if (token.StartsWith('-') && token.Length > 1)
            {
                var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToList();
                problems.Add($"unknown option '{token}' for '{Name(command)}'" + Suggestion(token, names));
                previousUnknownOption = token;
            }
            else if (command is RootCommand && !unknownCommand)
            {
                problems.Add($"unknown command '{token}'" + Suggestion(token, command.Subcommands.Select(c => c.Name).ToList()));
                unknownCommand = true;
            }
            else if (previousUnknownOption is not null)
            {
                previousUnknownOption = null; // the value of the unknown option: the same mistake
            }
            else
            {
                problems.Add($"unexpected argument '{token}' for '{Name(command)}'");
            }
        }
        foreach (var e in parse.Errors)
        {
            if (e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)) continue;
            if (e.Message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            {
                if (!unknownCommand) problems.Add("no command given; choose one of: " + string.Join(", ", command.Subcommands.Select(c => c.Name)));
                continue;
            }
            if (unknown.Count > 0 && e.Message.Contains("argument", StringComparison.Ordinal) && unknown.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))) continue;
            problems.Add(ReadableTypes(e.Message));
        }
        return problems;
    }

    private static string Name(Command command) => command is RootCommand ? CliApplication.ToolName : command.Name;

    private static string Suggestion(string token, IReadOnlyCollection<string> names) =>
        NameSuggester.Nearest(token, names) is { } nearest ? $"; did you mean '{nearest}'?" : "";

    // Tokens the parser could not place: unmatched ones, and option-looking ones that System.CommandLine
    // handed to a free positional argument (run's FILE) where they would fail as "file not found".
    // After "--" everything is an argument, as usual.
    private static IEnumerable<string> UnknownTokens(ParseResult parse, string[] args)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bound = args.Contains("--")
            ? []
            : parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Where(v => v.Length > 1 && v[0] == '-');
        var tokens = new HashSet<string>(bound.Concat(parse.UnmatchedTokens), StringComparer.Ordinal);
        // In the order the user typed them, so a value follows its option.
        foreach (var arg in args)
        {
            if (tokens.Contains(arg) && seen.Add(arg)) yield return arg;
        }
    }

    // System.CommandLine names the .NET type it failed to parse ("System.Nullable`1[System.Int64]");
    // say what a user should type instead.
    private static string ReadableTypes(string message) =>
        TypeRegex().Replace(message, m => m.Groups[1].Value switch
        {
            var t when t.Contains("UInt64", StringComparison.Ordinal) => ": expected a non-negative whole number.",
            var t when t.Contains("Int64", StringComparison.Ordinal) || t.Contains("Int32", StringComparison.Ordinal) => ": expected a whole number.",
            var t when t.Contains("Double", StringComparison.Ordinal) => ": expected a number.",
            var t => $": expected {t}.",
        });

    [GeneratedRegex(@" as expected type '([^']+)'\.?")]
    private static partial Regex TypeRegex();
}
