using System.Text;
using Simulator.Cli.Tests.Folders;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Cli.Tests.Resume;

/// <summary>A checkpoint covers every file it resumes from: an edited trials.csv prefix is refused, and so is a folder that does not exist.</summary>
public sealed class ResumeIntegrityTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("resume-integrity-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Changes one digit of the second data row (the first trial's duration), keeping the length.
    private static void EditFirstTrial(string file)
    {
        var text = File.ReadAllText(file);
        var lines = text.Split('\n');
        var fields = lines[1].Split(',');
        var digit = fields[2][0];
        fields[2] = (digit == '9' ? '8' : (char)(digit + 1)) + fields[2][1..];
        lines[1] = string.Join(',', fields);
        File.WriteAllText(file, string.Join('\n', lines), new UTF8Encoding(false));
    }

    [Fact]
    public async Task KilledRun_EditedTrialsCsvPrefix_IsRefused()
    {
        var folder = Path.Combine(_root, "killed");
        using (var child = Cli.Start(FolderWait.LongRun(folder, "--trials-csv")))
        {
            await FolderWait.UntilCheckpointed(folder, child);
            await FolderWait.Kill(child);
        }
        EditFirstTrial(Path.Combine(folder, AtomicFile.TemporaryPath(OutputFiles.Trials)));

        var resume = await Cli.RunAsync(["run", "--resume", folder, "--quiet"]);

        Assert.Equal(2, resume.ExitCode);
        Assert.Contains("not the rows the checkpoint recorded", resume.Error);
        Assert.Contains("edited", resume.Error);
        Assert.Contains("trials.csv.partial: its first", resume.Error); // names the file it refuses
    }

    [Fact]
    public async Task CancelledRun_EditedPublishedTrialsCsv_IsRefusedAndTheFolderIsLeftAsItWas()
    {
        var folder = Path.Combine(_root, "cancelled");
        using var cancel = new CancellationTokenSource();
        var watcher = Cli.CancelAtFirstCheckpoint(folder, cancel);
        var run = await Cli.RunAsync(FolderWait.LongRun(folder, "--trials-csv"), cancel.Token);
        await cancel.CancelAsync();
        await watcher;
        Assert.Equal(130, run.ExitCode);
        EditFirstTrial(Path.Combine(folder, OutputFiles.Trials));
        var before = Cli.Snapshot(folder);

        var resume = await Cli.RunAsync(["run", "--resume", folder, "--quiet"]);

        Assert.Equal(2, resume.ExitCode);
        Assert.Contains("edited", resume.Error);
        Assert.Equal(before, Cli.Snapshot(folder));
    }

    [Fact]
    public async Task MissingFolder_IsExit2AndCreatesNothing()
    {
        var folder = Path.Combine(_root, "never-written");

        var resume = await Cli.RunAsync(["run", "--resume", folder, "--quiet"]);

        Assert.Equal(2, resume.ExitCode);
        Assert.Contains("is not a folder", resume.Error);
        Assert.False(Directory.Exists(folder));
    }
}
