using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Simulator.Engine.Tallies;

namespace Simulator.Engine;

/// <summary>
/// One run in progress. Workers take fixed blocks of trial indices in increasing order, each with
/// its own <see cref="TrialSimulator"/>; the calling thread merges completed blocks strictly in
/// block order, feeds the sink and reports progress. At most <see cref="_window"/> blocks are taken
/// but not yet merged (workers wait for a permit), which bounds the buffered outcomes. Since every
/// aggregate is an exact integer and blocks are merged in order, the result does not depend on
/// the thread count or on scheduling.
/// </summary>
internal sealed class ParallelRun : IDisposable
{
    private readonly RunRequest _request;
    private readonly CompiledScenario _scenario;
    private readonly ITrialSink? _sink;
    private readonly int _regimes;
    private readonly long _blockCount;
    private readonly int _window;
    private readonly BlockResult?[] _slots;
    private readonly Stack<BlockResult> _pool = new();
    private readonly object _gate = new();
    private readonly SemaphoreSlim _permits;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop;
    private long _nextBlock;
    private int _activeWorkers;
    private ExceptionDispatchInfo? _failure;

    public ParallelRun(RunRequest request, ITrialSink? sink, CancellationToken cancellationToken)
    {
        _request = request;
        _sink = sink;
        _scenario = new CompiledScenario(request.Scenario, request.RegimeIndices);
        _regimes = request.RegimeIndices.Count;
        _blockCount = (request.Trials + request.BlockSize - 1) / request.BlockSize;
        _window = 2 * request.Threads;
        _slots = new BlockResult?[_window];
        _permits = new SemaphoreSlim(_window);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public RunResult Execute(IProgress<RunProgress>? progress)
    {
        var clock = Stopwatch.StartNew();
        var total = _request.StartTally ?? new RunTally(_request.Scenario, _regimes, _request.BaselinePosition);
        long completedTrials = 0;
        long events = 0;

        _activeWorkers = _request.Threads;
        var workers = new Task[_request.Threads];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Factory.StartNew(Work, CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            MergeInOrder(total, progress, clock, ref completedTrials, ref events);
        }
        finally
        {
            // Whatever stopped the merge (done, cancelled, a worker failed, the sink threw), stop the
            // workers and wait for them: no worker outlives the call.
            _stop.Cancel();
            Task.WaitAll(workers);
        }
        _failure?.Throw();

        return new RunResult
        {
            Request = _request,
            Tally = total,
            CompletedTrials = completedTrials,
            EventsProcessed = events,
            Elapsed = clock.Elapsed,
        };
    }

    private void MergeInOrder(
        RunTally total, IProgress<RunProgress>? progress, Stopwatch clock, ref long completedTrials, ref long events)
    {
        long merged = 0;
        while (merged < _blockCount)
        {
            // Read the worker count before looking at the slot: a worker publishes its block before
            // it leaves, so "no block and no worker" seen in this order means none will ever come.
            var alive = Volatile.Read(ref _activeWorkers);
            BlockResult? block;
            lock (_gate)
            {
                var slot = (int)(merged % _window);
                block = _slots[slot];
                if (block is not null) _slots[slot] = null;
            }
            if (block is null)
            {
                if (alive == 0) break;
                _signal.Wait();
                continue;
            }
            if (!block.Completed) break; // cancelled inside this block: keep the prefix before it

            total.Merge(block.Tally);
            completedTrials += block.Trials;
            events += block.Events;
            if (_sink is not null && block.Outcomes is { } outcomes)
            {
                for (var i = 0; i < block.Trials; i++)
                {
                    for (var r = 0; r < _regimes; r++)
                    {
                        _sink.Write(block.FirstTrial + i, r, in outcomes[i * _regimes + r]);
                    }
                }
            }
            lock (_gate) _pool.Push(block);
            merged++;
            _permits.Release();
            progress?.Report(new RunProgress(completedTrials, _request.Trials, clock.Elapsed));
            _request.OnBlockMerged?.Invoke(completedTrials, total);
        }
    }

    private void Work()
    {
        var token = _stop.Token;
        try
        {
            var simulator = new TrialSimulator(_scenario) { Cancellation = token };
            var outcomes = new TrialOutcome[_regimes];
            var blockSize = _request.BlockSize;
            while (!token.IsCancellationRequested)
            {
                try
                {
                    _permits.Wait(token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                var index = Interlocked.Increment(ref _nextBlock) - 1;
                if (index >= _blockCount)
                {
                    _permits.Release();
                    break;
                }

                var block = Rent();
                var offset = index * blockSize;
                var first = _request.FirstTrial + offset;
                block.Reset(index, first);
                simulator.RecordVerdictDelaysInto(block.Tally);
                var count = (int)Math.Min(blockSize, _request.Trials - offset);
                var eventsBefore = simulator.EventsProcessed;
                var completed = true;
                for (var i = 0; i < count; i++)
                {
                    // Cancellation is checked between trials, so a stop is prompt.
                    if (token.IsCancellationRequested)
                    {
                        completed = false;
                        break;
                    }
                    var trial = first + i;
                    for (var r = 0; r < _regimes && !simulator.Abandoned; r++) simulator.Run(trial, r, ref outcomes[r]);
                    if (simulator.Abandoned)
                    {
                        completed = false;
                        break;
                    }
                    if (block.Outcomes is { } kept) outcomes.AsSpan().CopyTo(kept.AsSpan(i * _regimes, _regimes));
                    block.Tally.Add(outcomes);
                }
                block.Trials = count;
                block.Events = simulator.EventsProcessed - eventsBefore;
                block.Completed = completed;
                lock (_gate) _slots[(int)(index % _window)] = block;
                _signal.Release();
                if (!completed) break;
            }
        }
        catch (Exception ex)
        {
            lock (_gate) _failure ??= ExceptionDispatchInfo.Capture(ex);
            _stop.Cancel();
        }
        finally
        {
            Interlocked.Decrement(ref _activeWorkers);
            _signal.Release();
        }
    }

    private BlockResult Rent()
    {
        lock (_gate)
        {
            if (_pool.Count > 0) return _pool.Pop();
        }
        return new BlockResult(_request, _regimes, keepOutcomes: _sink is not null);
    }

    public void Dispose()
    {
        _permits.Dispose();
        _signal.Dispose();
        _stop.Dispose();
    }
}
