using Simulator.Application.Studies;
using Simulator.Studies.Sensitivity;
using Spectre.Console;

namespace Simulator.Cli.Rendering;

/// <summary>The console tables of a sensitivity analysis: per regime, the parameters ranked with their indices.</summary>
internal static class SensitivityTables
{
    public static void Write(TextWriter output, StudyOutcome run)
    {
        var plan = run.Plan.Sensitivity!;
        var study = plan.Study;
        var rows = run.Indices;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;
        var groups = run.Completed.Count / study.GroupSize;
        var what = plan.Output switch
        {
            SensitivityOutput.Holds => "probability the truce holds at the horizon",
            SensitivityOutput.Rmst => "mean days held to the horizon",
            _ => "change in holds at the horizon vs the baseline (paired)",
        };
        var sobol = study.Method == SensitivityMethod.Sobol;
        var unit = sobol ? "base samples" : "trajectories";
        var partial = run.Partial ? $" (PARTIAL: cancelled after {run.Completed.Count} of {run.Result.Requested} points)" : "";
        output.WriteLine($"{(sobol ? "Sobol indices" : "Morris elementary effects")} of the {what}, {study.Parameters.Count} uncertain parameters, "
            + $"{groups} {unit} ({run.Completed.Count} scenario runs){partial}; 95% bootstrap intervals ({plan.Resamples} resamples)");
        if (rows.Count == 0)
        {
            output.WriteLine(groups < 2 ? $"not enough finished {unit} to estimate anything (at least 2 are needed)." : "no regime has this output.");
            return;
        }
        foreach (var regime in rows.GroupBy(r => r.Regime))
        {
            output.WriteLine();
            var table = new Table { Border = TableBorder.Simple, Expand = false, Title = new TableTitle(Markup.Escape($"Regime {regime.Key}")) };
            table.AddColumn("Rank", c => c.RightAligned());
            table.AddColumn("Parameter");
            table.AddColumn("Distribution");
            if (sobol)
            {
                table.AddColumn("First-order S1", c => c.RightAligned());
                table.AddColumn("Total ST", c => c.RightAligned());
            }
            else
            {
                table.AddColumn("μ* (interval)", c => c.RightAligned());
                table.AddColumn("μ", c => c.RightAligned());
                table.AddColumn("σ", c => c.RightAligned());
            }
            foreach (var r in regime)
            {
                var cells = new List<string> { r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Parameter.Path, r.Parameter.Distribution.Describe() };
                if (r.Sobol is { } s)
                {
                    cells.Add(Interval(s.First, s.FirstLower, s.FirstUpper));
                    cells.Add(Interval(s.Total, s.TotalLower, s.TotalUpper));
                }
                else if (r.Morris is { } m)
                {
                    cells.Add(Interval(m.MuStar, m.MuStarLower, m.MuStarUpper, "0.0000"));
                    cells.Add(Formats.Number(m.Mu, "0.0000"));
                    cells.Add(Formats.Number(m.Sigma, "0.0000"));
                }
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            foreach (var column in table.Columns) column.NoWrap = true;
            console.Write(table);
        }
        output.WriteLine(sobol
            ? "S1: share of the output's variance due to the parameter alone; ST: including its interactions. ST ≈ 0: the parameter does not matter here."
            : "μ*: mean absolute change of the output when the parameter moves half its range of probability; μ: its sign; σ: non-linearity or interactions.");
    }

    private static string Interval(double estimate, double lower, double upper, string format = "0.000") =>
        $"{Formats.Number(estimate, format)} ({Formats.Number(lower, format)} to {Formats.Number(upper, format)})";
}
