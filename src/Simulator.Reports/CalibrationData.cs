using System.Text.Json;
using Simulator.Output;
using Simulator.Output.Calibration;
using Simulator.Output.Manifests;

namespace Simulator.Reports;

/// <summary>
/// A calibration in the folder (calibration.json and calibration-curves.csv), for the report's
/// calibration section. Absent (null) when the folder's manifest lists no calibration.json; a file
/// that is not valid JSON is reported as the section's problem rather than failing the report.
/// </summary>
public sealed record CalibrationData
{
    /// <summary>The data file's name.</summary>
    public string DataFile { get; init; } = "";

    /// <summary>True when the calibration was cancelled.</summary>
    public bool Partial { get; init; }

    /// <summary>Total deviance at the estimate.</summary>
    public double? Deviance { get; init; }

    /// <summary>Goodness-of-fit p-value and its degrees of freedom.</summary>
    public (double? P, long Df) GoodnessOfFit { get; init; }

    /// <summary>Parameter points simulated and trials per regime at each.</summary>
    public (long Points, long Trials) Effort { get; init; }

    /// <summary>Fitted parameters: path, estimate, 95% interval, range.</summary>
    public IReadOnlyList<(string Path, double? Estimate, double? Lower, double? Upper, double? From, double? To)> Parameters { get; init; } = [];

    /// <summary>The groups.</summary>
    public IReadOnlyList<CalibrationGroupData> Groups { get; init; } = [];

    /// <summary>Why calibration.json could not be read, when it could not.</summary>
    public string? Problem { get; init; }

    /// <summary>
    /// The folder's calibration, or null when its manifest lists none. Read only through the manifest:
    /// a listed file that is a link, a special file or differs from the manifest is refused with the folder.
    /// </summary>
    public static CalibrationData? TryRead(TrustedFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!folder.Has(OutputFiles.Calibration)) return null;
        try
        {
            var document = CalibrationJson.Read(folder.ReadAllBytes(OutputFiles.Calibration));
            CsvTable? curves = null;
            if (folder.Has(OutputFiles.CalibrationCurves))
            {
                using var stream = folder.OpenRead(OutputFiles.CalibrationCurves);
                curves = CsvTable.Read(stream);
            }
            return From(document, curves);
        }
        catch (JsonException e)
        {
            return new CalibrationData { Problem = $"{OutputFiles.Calibration} could not be read: {e.Message}" };
        }
    }

    private static CalibrationData From(CalibrationDocument document, CsvTable? curves) => new()
    {
        DataFile = document.Data?.File ?? "",
        Partial = document.Partial,
        Deviance = Finite.OrNull(document.Objective),
        GoodnessOfFit = (Finite.OrNull(document.GoodnessOfFit?.PValue), document.GoodnessOfFit?.Df ?? 0),
        Effort = (document.Method?.Evaluations ?? 0, document.Method?.Trials ?? 0),
        Parameters = (document.Parameters ?? []).Select(x => (x.Path ?? "", Finite.OrNull(x.Estimate), Finite.OrNull(x.Lower95), Finite.OrNull(x.Upper95),
            Finite.OrNull(x.LowerBound), Finite.OrNull(x.UpperBound))).ToArray(),
        Groups = (document.Groups ?? []).Select(g => Group(g, curves)).ToArray(),
    };

    private static CalibrationGroupData Group(GroupFitPart g, CsvTable? curves)
    {
        var value = g.Value ?? "";
        var regime = g.Regime ?? "";
        IReadOnlyList<CurvePoint> Curve(string kind) => curves is null
            ? []
            : curves.Rows.Where(r => curves.Text(r, "group") == value && curves.Text(r, "regime") == regime && curves.Text(r, "curve") == kind && curves.Number(r, "day") is not null)
                .Select(r => new CurvePoint(curves.Number(r, "day")!.Value, curves.Number(r, "survival") ?? 0, curves.Number(r, "lower95"), curves.Number(r, "upper95")))
                .ToArray();
        return new CalibrationGroupData
        {
            Value = value,
            Regime = regime,
            Subjects = g.Subjects,
            Events = g.Events,
            Deviance = Finite.OrNull(g.Deviance),
            Observed = Finite.OrNull(g.LogRank?.Observed),
            Expected = Finite.OrNull(g.LogRank?.Expected),
            LogRankP = Finite.OrNull(g.LogRank?.PValue),
            Holds = (g.Holds ?? []).Select(h => (
                new DayEstimate(Finite.Or0(h.Day), Finite.Or0(h.Data), Finite.OrNull(h.DataLower95), Finite.OrNull(h.DataUpper95)),
                new DayEstimate(Finite.Or0(h.Day), Finite.Or0(h.Model), Finite.OrNull(h.ModelLower95), Finite.OrNull(h.ModelUpper95)))).ToArray(),
            DataCurve = Curve("data"),
            ModelCurve = Curve("model"),
        };
    }
}
