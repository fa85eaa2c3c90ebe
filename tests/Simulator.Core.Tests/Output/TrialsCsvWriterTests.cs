using Simulator.Engine;
using Simulator.Engine.Tallies;
using Simulator.Model;
using Simulator.Output;
using Simulator.Storage;

namespace Simulator.Tests.Output;

/// <summary>TrialsCsvWriter: exact durations, one row per outcome, published only on Commit.</summary>
public sealed class TrialsCsvWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trials-csv-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0, "0.000")]
    [InlineData(1, "0.001")]
    [InlineData(10, "0.010")]
    [InlineData(999, "0.999")]
    [InlineData(1000, "1.000")]
    [InlineData(1234, "1.234")]
    [InlineData(365_000, "365.000")]
    [InlineData(36_500_000, "36500.000")]
    public void FormatTicks_WritesDaysWithExactlyThreeDecimals(long ticks, string expected)
    {
        Assert.Equal(expected, TrialsCsvWriter.FormatTicks(ticks));
    }

    [Fact]
    public void FormatTicks_ReadsBackToTheTicks()
    {
        for (long ticks = 0; ticks < 5000; ticks += 7)
        {
            var days = double.Parse(TrialsCsvWriter.FormatTicks(ticks), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(ticks, TimeResolution.ToTicks(days));
        }
    }

    [Fact]
    public void Header_IsAsDocumented()
    {
        Assert.Equal("regime,trial,duration_days,collapsed,cause", TrialsCsvWriter.Header);
    }

    [Fact]
    public void Commit_PublishesTheHeaderAndOneRowPerOutcome()
    {
        var path = Path.Combine(_folder, "trials.csv");
        var causes = new CauseCatalog(OutputRuns.Load("reference/constant-hazard.yaml"));
        var confirmed = CauseCatalog.Id(0, Trigger.VerdictConfirmed);

        using (var writer = new TrialsCsvWriter(path, ["monitors", "none"], causes))
        {
            writer.Write(0, 0, new TrialOutcome { DurationTicks = 12_345, Collapsed = true, CauseId = confirmed });
            writer.Write(0, 1, new TrialOutcome { DurationTicks = 365_000, Collapsed = false, CauseId = -1 });
            writer.Write(1, 0, new TrialOutcome { DurationTicks = 7, Collapsed = true, CauseId = confirmed });
            writer.Write(1, 1, new TrialOutcome { DurationTicks = 365_000, Collapsed = false, CauseId = -1 });
            Assert.False(File.Exists(path)); // nothing under the final name before the commit
            writer.Commit();
        }

        Assert.Equal(
            "regime,trial,duration_days,collapsed,cause\n" +
            "monitors,0,12.345,1,no_sanctuary:verdict_confirmed\n" +
            "none,0,365.000,0,\n" +
            "monitors,1,0.007,1,no_sanctuary:verdict_confirmed\n" +
            "none,1,365.000,0,\n",
            File.ReadAllText(path));
        Assert.Equal(["trials.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesNoFinalFileAndNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "trials.csv");
        var causes = new CauseCatalog(OutputRuns.Load("reference/constant-hazard.yaml"));

        using (var writer = new TrialsCsvWriter(path, ["monitors"], causes))
        {
            writer.Write(0, 0, new TrialOutcome { DurationTicks = 1000, Collapsed = false, CauseId = -1 });
            Assert.True(File.Exists(AtomicFile.TemporaryPath(path)));
        }

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Dispose_WithoutCommit_KeepsAnEarlierCompleteFile()
    {
        var path = Path.Combine(_folder, "trials.csv");
        File.WriteAllText(path, "earlier run\n");
        var causes = new CauseCatalog(OutputRuns.Load("reference/constant-hazard.yaml"));

        using (var writer = new TrialsCsvWriter(path, ["monitors"], causes))
        {
            writer.Write(0, 0, new TrialOutcome { DurationTicks = 1000, Collapsed = false, CauseId = -1 });
        }

        Assert.Equal("earlier run\n", File.ReadAllText(path));
        Assert.Equal(["trials.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void AsSinkOfARun_WritesEveryTrialOfEveryRegimeInTrialOrder()
    {
        var scenario = OutputRuns.Load("pakistan-afghanistan-2025.yaml");
        var path = Path.Combine(_folder, "trials.csv");
        var ids = scenario.Regimes.Select(r => r.Id).ToArray();
        RunResult result;
        using (var writer = new TrialsCsvWriter(path, ids, new CauseCatalog(scenario)))
        {
            result = new SimulationRunner().Run(
                new RunRequest { Scenario = scenario, RegimeIndices = Enumerable.Range(0, ids.Length).ToArray(), Trials = 150, Threads = 2, BlockSize = 64 },
                null, writer);
            writer.Commit();
        }

        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(150 * ids.Length, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(ids[i % ids.Length], rows[i][0]);
            Assert.Equal((i / ids.Length).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i][1]);
        }
        for (var r = 0; r < ids.Length; r++)
        {
            Assert.Equal(result.Tally.Regimes[r].Collapsed, rows.Count(row => row[0] == ids[r] && row[3] == "1"));
        }
    }

    [Fact]
    public void Continue_UneditedPrefix_AppendsAfterItAndHashesTheWholeFile()
    {
        var path = Path.Combine(_folder, "trials.csv");
        var causes = new CauseCatalog(OutputRuns.Load("reference/constant-hazard.yaml"));
        (long Bytes, string Sha256) flushed;
        using (var writer = new TrialsCsvWriter(path, ["monitors"], causes) { KeepUncommitted = true })
        {
            writer.Write(0, 0, new TrialOutcome { DurationTicks = 1000, Collapsed = false, CauseId = -1 });
            writer.FlushToDisk();
            flushed = writer.Flushed;
            writer.Write(1, 0, new TrialOutcome { DurationTicks = 2000, Collapsed = false, CauseId = -1 }); // after the checkpoint: cut
        }

        WrittenFile written;
        using (var writer = TrialsCsvWriter.Continue(path, AtomicFile.TemporaryPath(path), ["monitors"], causes, flushed.Bytes, flushed.Sha256))
        {
            writer.Write(1, 0, new TrialOutcome { DurationTicks = 3000, Collapsed = false, CauseId = -1 });
            written = writer.Commit();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal("regime,trial,duration_days,collapsed,cause\nmonitors,0,1.000,0,\nmonitors,1,3.000,0,\n", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), written.Sha256);
        Assert.Equal(bytes.Length, written.Bytes);
    }

    [Fact]
    public void Continue_EditedPrefix_IsRefused()
    {
        var path = Path.Combine(_folder, "trials.csv");
        var causes = new CauseCatalog(OutputRuns.Load("reference/constant-hazard.yaml"));
        (long Bytes, string Sha256) flushed;
        using (var writer = new TrialsCsvWriter(path, ["monitors"], causes) { KeepUncommitted = true })
        {
            writer.Write(0, 0, new TrialOutcome { DurationTicks = 1000, Collapsed = false, CauseId = -1 });
            writer.FlushToDisk();
            flushed = writer.Flushed;
        }
        var temporary = AtomicFile.TemporaryPath(path);
        var text = File.ReadAllText(temporary);
        File.WriteAllText(temporary, text.Replace("1.000", "9.000", StringComparison.Ordinal)); // same length, another duration

        var e = Assert.Throws<InvalidDataException>(() => TrialsCsvWriter.Continue(path, AtomicFile.TemporaryPath(path), ["monitors"], causes, flushed.Bytes, flushed.Sha256));
        Assert.Contains("edited", e.Message);
        Assert.StartsWith(temporary + ":", e.Message, StringComparison.Ordinal); // names the file, not "[Unknown]"
    }
}
