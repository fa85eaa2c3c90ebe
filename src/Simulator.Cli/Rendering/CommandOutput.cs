using Simulator.Application.Studies;
using Simulator.Cli.Rendering.Layout;
using Simulator.Output;
using Simulator.Results;

namespace Simulator.Cli.Rendering;

/// <summary>What <c>run</c> and the studies print on standard output, in the format asked for with <c>--format</c>.</summary>
internal static class CommandOutput
{
    public static void Run(RunReport report, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(SummaryJson.Render(report));
                break;
            case OutputFormat.Csv:
                RunCsv.Write(report, output);
                break;
            default:
                ResultTables.Write(report, Page(format, output));
                break;
        }
    }

    public static void Study(StudyOutcome run, OutputFormat format, TextWriter output)
    {
        var plan = run.Plan;
        switch (format)
        {
            case OutputFormat.Json:
                StudyJson.Write(run, output);
                break;
            case OutputFormat.Csv when plan.Sensitivity is { } s:
                output.Write(SensitivityCsv.Format(s.Study.Method, s.Output, run.Indices));
                break;
            case OutputFormat.Csv:
                output.Write(PointsCsv.Format(plan.Points.Plan.ParameterNames, run.Completed));
                break;
            case var _ when plan.Sensitivity is not null:
                SensitivityTables.Write(Page(format, output), run);
                break;
            default:
                PointTables.Write(Page(format, output), plan.Title, plan.Points.Plan.ParameterNames, run);
                break;
        }
    }

    private static ConsolePage Page(OutputFormat format, TextWriter output) =>
        new(output, markdown: format == OutputFormat.Markdown, TerminalWidth.For(output));
}
