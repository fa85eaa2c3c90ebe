using System.Security.Cryptography;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Storage;
using Simulator.Application;
using Simulator.Application.Runs;

namespace Simulator.Reports.Tests;

/// <summary>Shared helpers: the repository's fixture folder, temporary copies, and the CLI run in-process.</summary>
internal static class ReportTestSupport
{
    /// <summary>The repository root (the folder holding Simulator.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A small fixed run (300 trials, seed 7, seed scenario) checked in as a fixture.</summary>
    public static string SmallRun => Path.Combine(Root, "tests", "Simulator.Reports.Tests", "Fixtures", "small-run");

    /// <summary>A fresh temporary folder.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "simulator-report-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A temporary copy of the fixture run (reports are never written into the repository).</summary>
    public static string CopyOfSmallRun()
    {
        var folder = TempFolder();
        foreach (var file in Directory.GetFiles(SmallRun)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        Seal(folder);
        return folder;
    }

    /// <summary>
    /// Writes the manifest a run would have written last, listing every file now in
    /// <paramref name="folder"/> (a report reads only what it lists): for fixtures copied or edited by a test.
    /// </summary>
    public static void Seal(string folder)
    {
        var entries = Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => n != OutputFiles.Manifest).Order(StringComparer.Ordinal)
            .Select(name => ManifestFile.Entry(new WrittenFile(Path.Combine(folder, name!), new FileInfo(Path.Combine(folder, name!)).Length,
                Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, name!))))), "run", partial: false))
            .ToList();
        ManifestFile.Write(folder, new FolderManifest { Files = entries });
    }

    /// <summary>Runs the seed scenario through the application layer into <paramref name="folder"/> with the report and charts.</summary>
    public static RunOutcome RunSeed(string folder, long trials, ulong seed)
    {
        var pipeline = new RunPipeline(new ApplicationSettings(), new ReportWriter());
        var plan = pipeline.Prepare(new RunSpec { Trials = trials, Seed = seed, Threads = 2, OutputFolder = folder, Report = true, Plots = true });
        return pipeline.Execute(plan);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// One `run --report --plots` on the seed scenario with few trials, shared by the HTML and browser
/// tests so the simulation runs once.
/// </summary>
public sealed class SeedRunFixture : IAsyncLifetime
{
    /// <summary>The run's folder.</summary>
    public string Folder { get; } = ReportTestSupport.TempFolder();

    /// <summary>What the run produced.</summary>
    public RunOutcome Result { get; private set; } = null!;

    /// <summary>report.html.</summary>
    public string Html => File.ReadAllText(Path.Combine(Folder, "report.html"));

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        Result = ReportTestSupport.RunSeed(Folder, trials: 400, seed: 11);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}
