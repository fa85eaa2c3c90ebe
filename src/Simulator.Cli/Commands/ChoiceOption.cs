using System.CommandLine;
using Simulator.Diagnostics;

namespace Simulator.Cli.Commands;

/// <summary>
/// An option that takes one of a few names (<c>--format dot|mermaid</c>): listed once and in lower
/// case in the help, accepted in any case, a typo answered with the nearest name.
/// </summary>
/// <typeparam name="T">What each name stands for.</typeparam>
internal sealed class ChoiceOption<T>
{
    private readonly IReadOnlyList<(string Name, T Value)> _choices;

    public ChoiceOption(string name, string description, IReadOnlyList<(string Name, T Value)> choices, string defaultName)
    {
        _choices = choices;
        var names = choices.Select(c => c.Name).ToArray();
        Option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => defaultName,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                var match = names.FirstOrDefault(n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));
                if (match is not null) return match;
                var help = NameSuggester.Nearest(token, names) is { } nearest ? $"; did you mean '{nearest}'?" : "";
                result.AddError($"{name}: '{token}' is not one of {string.Join(", ", names)}{help}");
                return defaultName;
            },
        };
        Option.CompletionSources.Add(names);
    }

    /// <summary>The option to add to a command.</summary>
    public Option<string> Option { get; }

    /// <summary>The value chosen (the default when the option was not given).</summary>
    public T Get(ParseResult parse)
    {
        var name = parse.GetValue(Option);
        return _choices.First(c => c.Name == name).Value;
    }
}
