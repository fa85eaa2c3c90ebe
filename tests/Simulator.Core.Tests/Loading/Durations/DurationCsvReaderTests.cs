using System.Diagnostics;
using Simulator.Loading.Durations;
using Simulator.Tests.Support;

namespace Simulator.Tests.Loading.Durations;

public sealed class DurationCsvReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("durations-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static DurationColumns Columns(string? group = null) => new() { Duration = "days", Event = "failed", Group = group };

    private static DurationReadResult Read(string csv, DurationColumns? columns = null) => DurationCsvReader.ReadText(csv, "data.csv", columns ?? Columns());

    [Fact]
    public void ReadFile_ShippedCeasefires_ReadsEveryRowWithItsLineAndGroup()
    {
        var result = DurationCsvReader.ReadFile(RepoPaths.Of("data", "civil-war-ceasefires.csv"),
            new DurationColumns { Duration = "duration_days", Event = "failed", Group = "peacekeepers" });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var data = result.Data!;
        Assert.Equal(157, data.RowsRead);
        Assert.Equal(157, data.Rows.Count);
        Assert.Equal(new ObservedDuration(107, true, "0", 2), data.Rows[0]);
        Assert.Equal(new ObservedDuration(15326, false, "0", 4), data.Rows[2]);
        Assert.Equal(64, data.Sha256.Length);
    }

    [Fact]
    public void ReadFile_WhereAndGroups_KeepOnlyTheRowsAskedFor()
    {
        var result = DurationCsvReader.ReadFile(RepoPaths.Of("data", "civil-war-ceasefires.csv"), new DurationColumns
        {
            Duration = "duration_days",
            Event = "failed",
            Group = "peacekeepers",
            Groups = ["1"],
            Where = [new("post_cold_war", "1")],
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(157, result.Data!.RowsRead);
        Assert.All(result.Data.Rows, r => Assert.Equal("1", r.Group));
        Assert.InRange(result.Data.Rows.Count, 1, 95);
    }

    [Fact]
    public void ReadText_Years_AreConvertedToDays()
    {
        var result = Read("days,failed\n2,1\n0.5,0\n", Columns() with { TimeUnit = DurationTimeUnit.Years });

        Assert.Equal([730.5, 182.625], result.Data!.Rows.Select(r => r.Days));
        Assert.Equal([true, false], result.Data.Rows.Select(r => r.Event));
    }

    [Fact]
    public void ReadText_QuotedFieldsAndBlankLastLine_AreRead()
    {
        var result = Read("\"days\",\"failed\"\n\"12\",\"1\"\n\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(12, Assert.Single(result.Data!.Rows).Days);
    }

    [Fact]
    public void ReadText_MissingColumn_NamesItTheHeaderLineAndTheNearestName()
    {
        var result = Read("day,failed\n1,1\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal("days", problem.Path);
        Assert.Contains("no column 'days' (--duration-column)", problem.Message);
        Assert.Contains("did you mean 'day'?", problem.Message);
    }

    [Fact]
    public void ReadText_NegativeDuration_IsAnErrorNamingTheLine()
    {
        var result = Read("days,failed\n1,1\n-3,0\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("data.csv:3:1: days: -3 is negative; durations are ≥ 0 (days)", problem.ToString());
    }

    [Theory]
    [InlineData("2", "'2' is not an event flag; it must be 1 (the event happened) or 0 (censored)")]
    [InlineData("yes", "'yes' is not an event flag")]
    [InlineData("", "'' is not an event flag")]
    public void ReadText_EventOutsideZeroOne_IsAnErrorNamingTheLine(string flag, string message)
    {
        var result = Read($"days,failed\n4,{flag}\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("failed", problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void ReadText_DurationNotAFiniteNumber_IsAnError(string value)
    {
        var problem = Assert.Single(Read($"days,failed\n{value},1\n").Problems);

        Assert.Contains("is not a number; durations are finite numbers ≥ 0 in days", problem.Message);
    }

    [Fact]
    public void ReadText_ShortRow_IsAnErrorNamingTheLine()
    {
        var problem = Assert.Single(Read("days,failed,grp\n1,1,a\n2\n", Columns("grp")).Problems);

        Assert.Equal(3, problem.Line);
        Assert.Contains("the row has 1 column(s)", problem.Message);
    }

    [Fact]
    public void ReadText_ManyBadRows_StopsAfterTwentyProblems()
    {
        var csv = "days,failed\n" + string.Concat(Enumerable.Repeat("-1,1\n", 100));

        var problems = Read(csv).Problems;

        Assert.Equal(21, problems.Count);
        Assert.Contains("stopped after 20 problems", problems[^1].Message);
    }

    [Fact]
    public void ReadText_OnlyAHeader_SaysThereAreNoRows()
    {
        var problem = Assert.Single(Read("days,failed\n").Problems);

        Assert.Contains("no data rows", problem.Message);
    }

    [Fact]
    public void ReadFile_Folder_IsRefused()
    {
        var problem = Assert.Single(DurationCsvReader.ReadFile(_folder, Columns()).Problems);

        Assert.Contains("is a folder", problem.Message);
    }

    [Fact]
    public void ReadFile_MissingAndEmptyFiles_AreRefused()
    {
        var empty = Path.Combine(_folder, "empty.csv");
        File.WriteAllText(empty, "");

        Assert.Contains("file not found", Assert.Single(DurationCsvReader.ReadFile(Path.Combine(_folder, "nope.csv"), Columns()).Problems).Message);
        Assert.Contains("is empty; give a CSV file", Assert.Single(DurationCsvReader.ReadFile(empty, Columns()).Problems).Message);
    }

    [Fact]
    public void ReadFile_Fifo_IsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(_folder, "pipe.csv");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        var watch = Stopwatch.StartNew();

        var result = DurationCsvReader.ReadFile(fifo, Columns());

        Assert.Contains("not a regular file", Assert.Single(result.Problems).Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void ReadFile_LinkToADevice_IsRefusedAtOnce()
    {
        if (OperatingSystem.IsWindows()) return;
        var link = Path.Combine(_folder, "zero.csv");
        File.CreateSymbolicLink(link, "/dev/zero");
        var watch = Stopwatch.StartNew();

        var result = DurationCsvReader.ReadFile(link, Columns());

        Assert.Contains("is a device, not a regular file", Assert.Single(result.Problems).Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void ReadFile_LinkToARegularFile_IsReadAsTheFile()
    {
        if (OperatingSystem.IsWindows()) return;
        var file = Path.Combine(_folder, "real.csv");
        File.WriteAllText(file, "days,failed,group\n3,1,a\n40,0,a\n");
        var link = Path.Combine(_folder, "link.csv");
        File.CreateSymbolicLink(link, file);

        var direct = DurationCsvReader.ReadFile(file, Columns());
        var linked = DurationCsvReader.ReadFile(link, Columns());

        Assert.Empty(linked.Problems);
        Assert.Equal(direct.Data!.Sha256, linked.Data!.Sha256);
        Assert.Equal(2, linked.Data.RowsRead);
    }

    [Fact]
    public void LimitedHashingStream_PastTheLimit_StopsReading()
    {
        using var stream = new LimitedHashingStream(new MemoryStream(new byte[100]), limit: 64);

        var error = Assert.Throws<InvalidDataException>(() => stream.CopyTo(Stream.Null));

        Assert.Contains("larger than 64 bytes", error.Message);
    }

    [Fact]
    public void LimitedHashingStream_HashesWhatItReads()
    {
        var bytes = "days,failed\n1,1\n"u8.ToArray();
        using var stream = new LimitedHashingStream(new MemoryStream(bytes), limit: 1000);
        stream.CopyTo(Stream.Null);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), stream.Sha256());
    }
}
