using Simulator.Cli.Tests.Support;
using Simulator.Output;
using Sim = Simulator.Cli.Tests.Resume.Cli;

namespace Simulator.Cli.Tests.Folders;

/// <summary>Ids never become file names directly: a valid 300-character regime id gets bounded chart names.</summary>
public sealed class LongIdTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RunWithPlots_RegimeIdOf300Characters_WritesEveryChartUnderABoundedName()
    {
        var id = "monitors_" + new string('x', 291);
        var scenario = _temp.Of("long-id.yaml");
        File.WriteAllText(scenario, File.ReadAllText(RepoPaths.ConstantHazard).Replace("monitors", id, StringComparison.Ordinal));
        var folder = _temp.Of("run");

        var run = await Sim.RunAsync(["run", scenario, "--trials", "200", "--out", folder, "--quiet", "--plots", "--report"]);

        Assert.True(run.ExitCode == 0, run.Error);
        var charts = Directory.GetFiles(folder, "*.png").Select(Path.GetFileName).ToList();
        Assert.Contains(charts, c => c!.StartsWith("incidence-monitors-xxx", StringComparison.Ordinal));
        Assert.All(Directory.GetFiles(folder).Select(Path.GetFileName), n => Assert.True(n!.Length <= OutputFiles.MaxStem + 4, n));
        Assert.Contains(id, File.ReadAllText(Path.Combine(folder, OutputFiles.Summary)));
    }
}
