using System.Globalization;
using Parquet;
using Parquet.Schema;
using Simulator.Output;

namespace Simulator.Tests.Output;

/// <summary>trials.parquet: the rows of trials.csv, typed, in the same order, over several row groups.</summary>
public sealed class TrialsParquetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trials-parquet-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Convert_HoldsEveryRowOfTheCsvInOrder_AcrossRowGroups()
    {
        var csv = Path.Combine(_folder, "trials.csv");
        File.WriteAllText(csv, "regime,trial,duration_days,collapsed,cause\n" +
            "a,0,12.345,1,\"truce:strike, again\"\n" +
            "b,0,365.000,0,\n" +
            "a,1,0.001,1,no_sanctuary:verdict_confirmed\n" +
            "b,1,200.500,1,truce:retaliation\n" +
            "a,2,365.000,0,\n");

        var written = TrialsParquet.Convert(csv, Path.Combine(_folder, "trials.parquet"), rowGroupSize: 2);

        Assert.Equal(new FileInfo(written.Path).Length, written.Bytes);
        var rows = await ReadAsync(written.Path);
        Assert.Equal(3, rows.Groups);
        Assert.Equal(["a", "b", "a", "b", "a"], rows.Regimes);
        Assert.Equal([0L, 0, 1, 1, 2], rows.Trials);
        Assert.Equal([12.345, 365, 0.001, 200.5, 365], rows.Durations);
        Assert.Equal([true, false, true, true, false], rows.Collapsed);
        Assert.Equal(["truce:strike, again", null, "no_sanctuary:verdict_confirmed", "truce:retaliation", null], rows.Causes);
    }

    [Fact]
    public void Convert_TheSameCsv_GivesTheSameBytes()
    {
        var csv = Path.Combine(_folder, "trials.csv");
        File.WriteAllText(csv, "regime,trial,duration_days,collapsed,cause\n" +
            string.Concat(Enumerable.Range(0, 1000).Select(i => string.Create(CultureInfo.InvariantCulture, $"r,{i},{i % 365}.250,{i % 2},{(i % 2 == 1 ? "truce:x" : "")}\n"))));

        var first = TrialsParquet.Convert(csv, Path.Combine(_folder, "1.parquet"), rowGroupSize: 300);
        var second = TrialsParquet.Convert(csv, Path.Combine(_folder, "2.parquet"), rowGroupSize: 300);

        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task Convert_HeaderOnly_GivesAFileWithTheSchemaAndNoRows()
    {
        var csv = Path.Combine(_folder, "trials.csv");
        File.WriteAllText(csv, "regime,trial,duration_days,collapsed,cause\n");

        var written = TrialsParquet.Convert(csv, Path.Combine(_folder, "trials.parquet"));

        var rows = await ReadAsync(written.Path);
        Assert.Equal(0, rows.Groups);
        Assert.Empty(rows.Regimes);
    }

    private sealed record Rows(int Groups, List<string?> Regimes, List<long> Trials, List<double> Durations, List<bool> Collapsed, List<string?> Causes);

    private static async Task<Rows> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(["regime", "trial", "duration_days", "collapsed", "cause"], fields.Select(f => f.Name));
        var rows = new Rows(reader.RowGroupCount, [], [], [], [], []);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var regimes = new string?[n];
            var trials = new long[n];
            var durations = new double[n];
            var collapsed = new bool[n];
            var causes = new string?[n];
            await group.ReadAsync(fields[0], regimes.AsMemory());
            await group.ReadAsync(fields[1], trials.AsMemory());
            await group.ReadAsync(fields[2], durations.AsMemory());
            await group.ReadAsync(fields[3], collapsed.AsMemory());
            await group.ReadAsync(fields[4], causes.AsMemory());
            rows.Regimes.AddRange(regimes);
            rows.Trials.AddRange(trials);
            rows.Durations.AddRange(durations);
            rows.Collapsed.AddRange(collapsed);
            rows.Causes.AddRange(causes);
        }
        return rows;
    }
}
