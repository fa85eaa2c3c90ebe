using System.Globalization;
using System.Text;
using Simulator.Loading.Durations;
using Simulator.Studies.Calibration;

namespace Simulator.Output.Calibration;

/// <summary>
/// calibrated.yaml: the scenario's own text with the fitted values written in (and the user's
/// overrides), under a comment header saying when it was calibrated, from which data, with which
/// fit and command, and what was found. It loads as the calibrated scenario without any override.
/// </summary>
public static class CalibratedScenarioText
{
    /// <summary>The file's text: the header, then <paramref name="editedText"/>.</summary>
    /// <param name="editedText">The scenario text with the values written in.</param>
    /// <param name="result">The calibration.</param>
    /// <param name="when">When the calibration finished (the only clock time the outputs hold).</param>
    /// <param name="command">The command that reproduces it.</param>
    /// <param name="unplaced">Overrides that could not be written into the text (to apply with --set).</param>
    public static string Render(string editedText, CalibrationResult result, DateTimeOffset when, string command, IReadOnlyList<string> unplaced)
    {
        ArgumentNullException.ThrowIfNull(editedText);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(unplaced);
        var inv = CultureInfo.InvariantCulture;
        var h = new StringBuilder();
        void Line(string text) => h.Append("# ").Append(text).Append('\n');
        Line($"Calibrated {when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv)} by truce-sim calibrate{(result.Partial ? " (CANCELLED: best point so far, intervals incomplete)" : "")}.");
        Line($"Command: {command}");
        var d = result.Data;
        var where = d.Columns.Where.Count > 0 ? ", where " + string.Join(" and ", d.Columns.Where.Select(w => $"{w.Key}={w.Value}")) : "";
        Line($"Data: {Path.GetFileName(d.File)} (sha256 {d.Sha256[..16]}…), {d.Rows.Count} of {d.RowsRead} rows{where}; durations in {d.Columns.TimeUnit.Name()} from '{d.Columns.Duration}', events from '{d.Columns.Event}'.");
        foreach (var g in result.Groups)
        {
            var label = d.Columns.Group is { } column ? $"{column}={g.Value}" : "all rows";
            Line(string.Create(inv, $"  {label} vs regime {g.Regime}: {g.Subjects} observations, {g.Events} events; deviance {g.Deviance:0.##} on {g.Terms} intervals; log-rank O/E {g.LogRank.Observed:0}/{g.LogRank.Expected:0.#} (p = {g.LogRank.PValue:0.###})."));
        }
        Line(string.Create(inv, $"Fit: deviance of a piecewise hazard over {result.Bins.Count} smooth intervals to day {result.HorizonDays:0.##}, Nelder–Mead, {result.Trials:N0} trials per regime, seed {result.Seed}, {result.Evaluations} points."));
        Line("Fitted values (95% profile intervals):");
        foreach (var p in result.Parameters)
        {
            var interval = p.Interval is { } i ? string.Create(inv, $"{i.Lower:G6} to {i.Upper:G6}") : "not computed";
            Line(string.Create(inv, $"  {p.Parameter.Path} = {p.Estimate:G6}  ({interval}; range {p.Parameter.Range})"));
        }
        if (result.Overrides.Count > 0) Line("Overrides also written in: " + string.Join(" ", result.Overrides));
        if (unplaced.Count > 0) Line("NOT written in (apply with --set): " + string.Join(" ", unplaced));
        Line($"Statistics in {OutputFiles.Calibration}; method in docs/calibration.md.");
        h.Append('\n');
        return h.Append(editedText).ToString();
    }
}
