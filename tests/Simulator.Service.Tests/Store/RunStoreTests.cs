using Microsoft.Data.Sqlite;
using Simulator.Service.Store;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Store;

/// <summary>The SQLite store: a real file in WAL mode, that keeps every run across a reopen and counts the queue atomically.</summary>
public sealed class RunStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Open_NewFolder_CreatesTheDatabaseInWalMode()
    {
        using var store = new RunStore(_data.Path);
        using var connection = new SqliteConnection($"Data Source={_data.Of(RunStore.FileName)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Reopen_AfterChanges_KeepsEveryRunAndItsState()
    {
        var submission = new RunSubmission { Scenario = "name: x\n", Name = "x.yaml", Trials = 10, Seed = ulong.MaxValue, Regimes = ["a"], Set = ["run.horizon_days=5"] };
        long first, second;
        using (var store = new RunStore(_data.Path))
        {
            first = store.TryAdd(submission, "x.yaml", 10, Now, 10)!.Value;
            second = store.TryAdd(new RunSubmission(), "<built-in>", 20, Now, 10)!.Value;
            Assert.True(store.TryStart(first, Now.AddSeconds(1)));
            store.SaveProgress(first, 4, 10);
        }
        using (var store = new RunStore(_data.Path))
        {
            var run = store.Get(first)!;
            Assert.Equal(RunStatus.Running, run.Status);
            Assert.Equal(submission.Seed, run.Submission.Seed);
            Assert.Equal(submission.Set, run.Submission.Set);
            Assert.Equal(4, run.CompletedTrials);
            Assert.Equal(Now.AddSeconds(1), run.StartedAt);
            Assert.Equal(1, store.RequeueInterrupted());
            Assert.Equal([first, second], store.QueuedIds());
            Assert.Equal([second, first], store.List(10).Select(r => r.Id));
        }
    }

    [Fact]
    public void TryAdd_QueueAtItsLimit_AddsNothing()
    {
        using var store = new RunStore(_data.Path);
        Assert.NotNull(store.TryAdd(new RunSubmission(), "s", 1, Now, 2));
        Assert.NotNull(store.TryAdd(new RunSubmission(), "s", 1, Now, 2));
        Assert.Null(store.TryAdd(new RunSubmission(), "s", 1, Now, 2));
        Assert.Equal(2, store.List(10).Count);
    }

    [Fact]
    public void TryCancelQueued_StartedRun_IsRefused()
    {
        using var store = new RunStore(_data.Path);
        var id = store.TryAdd(new RunSubmission(), "s", 1, Now, 2)!.Value;
        Assert.True(store.TryStart(id, Now));
        Assert.False(store.TryCancelQueued(id, Now));
        Assert.False(store.TryStart(id, Now));
        store.Finish(id, RunStatus.Succeeded, Now.AddMinutes(1), 1, null);
        Assert.Equal(RunStatus.Succeeded, store.Get(id)!.Status);
        Assert.Equal(Now.AddMinutes(1), store.Get(id)!.FinishedAt);
    }

    [Fact]
    public async Task TryAdd_ManyAtOnce_NeverExceedsTheLimit()
    {
        using var store = new RunStore(_data.Path);
        var added = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => store.TryAdd(new RunSubmission(), "s", 1, Now, 25))));
        Assert.Equal(25, added.Count(id => id is not null));
    }
}
