using System.Globalization;
using Simulator.Application.Studies;
using Simulator.Cli.Rendering.Layout;
using Simulator.Studies.Sensitivity;

namespace Simulator.Cli.Rendering;

/// <summary>The console tables of a sensitivity analysis: per regime, the parameters ranked with their indices.</summary>
internal static class SensitivityTables
{
    public static void Write(ConsolePage page, StudyOutcome run)
    {
        var plan = run.Plan.Sensitivity!;
        var study = plan.Study;
        var rows = run.Indices;
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
        page.Paragraph($"{(sobol ? "Sobol indices" : "Morris elementary effects")} of the {what}, {study.Parameters.Count} uncertain parameters, "
            + $"{groups} {unit} ({run.Completed.Count} scenario runs){partial}; 95% bootstrap intervals ({plan.Resamples} resamples)");
        if (rows.Count == 0)
        {
            page.Paragraph(groups < 2 ? $"not enough finished {unit} to estimate anything (at least 2 are needed)." : "no regime has this output.");
            return;
        }
        foreach (var regime in rows.GroupBy(r => r.Regime))
        {
            page.Blank();
            var table = new TextTable($"Regime {regime.Key}", keyColumns: 2).Right("Rank").Column("Parameter").Column("Distribution");
            if (sobol)
            {
                table.Right("First-order S1").Right("Total ST");
            }
            else
            {
                table.Right("μ* (interval)").Right("μ").Right("σ");
            }
            foreach (var r in regime)
            {
                var cells = new List<string> { r.Rank.ToString(CultureInfo.InvariantCulture), r.Parameter.Path, r.Parameter.Distribution.Describe() };
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
                table.Row(cells);
            }
            page.Table(table);
        }
        page.Blank();
        page.Paragraph(sobol
            ? "S1: share of the output's variance due to the parameter alone; ST: including its interactions. ST ≈ 0: the parameter does not matter here."
            : "μ*: mean absolute change of the output when the parameter moves half its range of probability; μ: its sign; σ: non-linearity or interactions.");
    }

    private static string Interval(double estimate, double lower, double upper, string format = "0.000") =>
        $"{Formats.Number(estimate, format)} ({Formats.Number(lower, format)} to {Formats.Number(upper, format)})";
}
