using Simulator.Service.Jobs;
using Simulator.Service.Store;

namespace Simulator.Service.Api;

/// <summary>Builds the views of runs: the stored record, with the live progress of a run executing now and the files of one that has ended.</summary>
public sealed class RunViews(RunStore store, LiveRuns live, DataFolder data)
{
    /// <summary>The view of run <paramref name="id"/>, or null when there is none.</summary>
    public RunView? Get(long id) => store.Get(id) is { } record ? Of(record) : null;

    /// <summary>The newest <paramref name="limit"/> runs.</summary>
    public RunList List(int limit) => new(store.List(limit).Select(Of).ToArray());

    /// <summary>The view of <paramref name="record"/>.</summary>
    public RunView Of(RunRecord record)
    {
        var completed = record.CompletedTrials;
        var total = record.TotalTrials;
        if (record.Status == RunStatus.Running && live.Find(record.Id) is { Total: > 0 } run)
        {
            completed = Math.Max(completed, run.Completed);
            total = run.Total;
        }
        if (record.Status == RunStatus.Succeeded) completed = total;
        var fraction = total == 0 ? 0 : Math.Round((double)completed / total, 4);
        var files = record.Status.IsFinal() ? data.FilesOf(record.Id) : [];
        return new RunView(record.Id, record.Status.Name(), record.ScenarioName, new ProgressView(completed, total, fraction),
            record.CreatedAt, record.StartedAt, record.FinishedAt, record.Message, files, RunLinks.Of(record.Id));
    }
}
