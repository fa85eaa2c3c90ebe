using Simulator.Cli.Hosting;
using Simulator.Loading;

namespace Simulator.Cli.Running;

/// <summary>Validates files and prints every problem; exit 2 when any file is invalid.</summary>
public sealed class ValidateJob(ConsoleStreams streams)
{
    /// <summary>Validates each file with the same overrides.</summary>
    public int Execute(IReadOnlyList<string> files, IReadOnlyList<string> overrides)
    {
        var invalid = 0;
        foreach (var file in files)
        {
            var result = ScenarioLoader.LoadFile(file, overrides);
            foreach (var warning in result.Warnings) streams.Error.WriteLine(warning.ToString());
            foreach (var error in result.Errors) streams.Error.WriteLine(error.ToString());
            if (result.Succeeded)
            {
                var s = result.Scenario!;
                streams.Out.WriteLine($"{file}: valid ({s.Regimes.Count} regimes, {s.Commitments.Count} commitments, {s.Groups.Count} armed groups)");
            }
            else
            {
                invalid++;
                streams.Out.WriteLine($"{file}: {result.Errors.Count} error(s)");
            }
        }
        return invalid == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
