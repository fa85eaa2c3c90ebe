using System.Globalization;
using System.Text;
using Simulator.Engine;

namespace Simulator.Output;

/// <summary>
/// Streams trials.csv (one row per trial per regime, in trial order) into a temporary file and
/// publishes it under its final name only on <see cref="Commit"/>. Durations are written exactly at
/// the tick resolution the statistics use (three decimals of a day).
/// </summary>
public sealed class TrialsCsvWriter : ITrialSink, IDisposable
{
    /// <summary>The header row.</summary>
    public const string Header = "regime,trial,duration_days,collapsed,cause";

    private readonly string _path;
    private readonly string _temporary;
    private readonly StreamWriter _writer;
    private readonly IReadOnlyList<string> _regimeIds;
    private readonly CauseCatalog _causes;
    private bool _committed;

    /// <summary>Opens the temporary file and writes the header.</summary>
    public TrialsCsvWriter(string path, IReadOnlyList<string> regimeIds, CauseCatalog causes)
    {
        _path = path;
        _temporary = AtomicFile.TemporaryPath(path);
        _regimeIds = regimeIds;
        _causes = causes;
        _writer = new StreamWriter(_temporary, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(Header);
    }

    /// <inheritdoc />
    public void Write(long trial, int regimePosition, in TrialOutcome outcome)
    {
        _writer.Write(_regimeIds[regimePosition]);
        _writer.Write(',');
        _writer.Write(trial.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(FormatTicks(outcome.DurationTicks));
        _writer.Write(outcome.Collapsed ? ",1," : ",0,");
        if (outcome.Collapsed) _writer.Write(_causes.Name(outcome.CauseId));
        _writer.Write('\n');
    }

    /// <summary>Flushes to disk and renames into place.</summary>
    public void Commit()
    {
        _writer.Flush();
        _writer.BaseStream.Flush();
        ((FileStream)_writer.BaseStream).Flush(flushToDisk: true);
        _writer.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes; without a commit the temporary file is removed.</summary>
    public void Dispose()
    {
        if (_committed) return;
        _writer.Dispose();
        AtomicFile.TryDelete(_temporary);
    }

    /// <summary>Ticks as days with exactly three decimals, e.g. 1234 → "1.234".</summary>
    public static string FormatTicks(long ticks) =>
        (ticks / TimeResolution.TicksPerDay).ToString(CultureInfo.InvariantCulture) + "." +
        (ticks % TimeResolution.TicksPerDay).ToString("000", CultureInfo.InvariantCulture);
}
