using System.CommandLine;
using Simulator.Output;

namespace Simulator.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary>--survival bounded|full: which times survival.csv lists (run and merge).</summary>
    public static ChoiceOption<SurvivalRows> Survival() => new("--survival",
        "Rows of survival.csv: bounded (every distinct time up to 10,000 a regime, a regular grid of days beyond) or full (every distinct time).",
        [("bounded", SurvivalRows.Bounded), ("full", SurvivalRows.Full)], "bounded");

    /// <summary>--set key.path=value, repeatable: overrides a scalar of the scenario, validated like the file.</summary>
    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override a scenario value: key.path=value (e.g. regimes.mediator_commission.capacity=2). Repeatable.",
        HelpName = "key.path=value",
        DefaultValueFactory = _ => [],
    };

    /// <summary>--config Section:Key=value, repeatable: tool settings (as in appsettings.json).</summary>
    public static Option<string[]> Config() => new("--config")
    {
        Description = "Tool setting as in appsettings.json, e.g. Simulator:BlockSize=1024. Repeatable.",
        HelpName = "Section:Key=value",
        DefaultValueFactory = _ => [],
    };

    /// <summary>Turns --config values into the command-line configuration provider's arguments.</summary>
    public static IReadOnlyList<string> ToConfigArgs(string[] values) =>
        values.Select(v => "--" + v).ToArray();
}
