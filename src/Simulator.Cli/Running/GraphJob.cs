using Simulator.Cli.Hosting;
using Simulator.Machines;

namespace Simulator.Cli.Running;

/// <summary>Prints state-machine diagrams produced by Stateless' exporters.</summary>
public sealed class GraphJob(ConsoleStreams streams)
{
    /// <summary>Prints the truce machine and every commitment, or just the one named.</summary>
    public int Execute(string? file, string? commitmentId, DiagramFormat format, IReadOnlyList<string> overrides)
    {
        var scenario = ScenarioSource.Load(file, overrides, streams).Scenario;
        var comment = format == DiagramFormat.Mermaid ? "%%" : "//";
        if (commitmentId is not null)
        {
            if (commitmentId == "truce")
            {
                streams.Out.Write(DiagramExporter.FormatTruce(format));
                return ExitCodes.Ok;
            }
            var commitment = scenario.Commitments.FirstOrDefault(c => c.Id == commitmentId)
                ?? throw new UserInputException(
                    $"--commitment '{commitmentId}' is not a commitment of {scenario.Name}; choose one of: truce, {string.Join(", ", scenario.Commitments.Select(c => c.Id))}.");
            streams.Out.Write(DiagramExporter.Format(commitment.Lifecycle, format));
            return ExitCodes.Ok;
        }
        streams.Out.WriteLine($"{comment} truce");
        streams.Out.Write(DiagramExporter.FormatTruce(format));
        foreach (var commitment in scenario.Commitments)
        {
            streams.Out.WriteLine();
            streams.Out.WriteLine($"{comment} commitment {commitment.Id} (lifecycle {commitment.Lifecycle.Name})");
            streams.Out.Write(DiagramExporter.Format(commitment.Lifecycle, format));
        }
        return ExitCodes.Ok;
    }
}
