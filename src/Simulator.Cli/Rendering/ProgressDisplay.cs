using System.Diagnostics;
using System.Globalization;
using Simulator.Engine;

namespace Simulator.Cli.Rendering;

/// <summary>
/// Shows progress with an estimate of the time left on standard error: a line rewritten in place
/// on a terminal, otherwise one line every few seconds (so logs stay readable).
/// </summary>
/// <remarks>A resumed run's counts start at its checkpoint, and the time left is estimated from this session's rate.</remarks>
internal sealed class ProgressDisplay(TextWriter error, bool interactive, TimeSpan interval) : IProgress<RunProgress>
{
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private bool _wroteInPlace;

    public void Report(RunProgress value)
    {
        var done = value.CompletedTrials == value.TotalTrials;
        var minimum = interactive ? TimeSpan.FromMilliseconds(250) : interval;
        if (!done && _sinceLast.Elapsed < minimum) return;
        if (done && !_wroteInPlace && !interactive) return; // a short run needs no progress line
        _sinceLast.Restart();
        var completed = value.CompletedTrials;
        var total = value.TotalTrials;
        var percent = 100.0 * completed / Math.Max(1, total);
        var left = value.Remaining is { } r ? $", about {Format(r)} left" : "";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{completed:N0}/{total:N0} trials ({percent:0.0}%), {Format(value.Elapsed)} elapsed{left}");
        if (interactive)
        {
            error.Write("\r" + line.PadRight(78));
            _wroteInPlace = true;
            if (done) Finish();
        }
        else
        {
            error.WriteLine(line);
            _wroteInPlace = true;
        }
    }

    /// <summary>Ends an in-place line so later output starts on a fresh line.</summary>
    public void Finish()
    {
        if (interactive && _wroteInPlace)
        {
            error.WriteLine();
            _wroteInPlace = false;
        }
    }

    private static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:00}m" : t.TotalMinutes >= 1 ? $"{t.Minutes}m{t.Seconds:00}s" : $"{t.TotalSeconds:0.0}s";
}
