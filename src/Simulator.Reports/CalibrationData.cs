using System.Text.Json;
using Simulator.Output;
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
            using var document = JsonDocument.Parse(folder.ReadAllBytes(OutputFiles.Calibration));
            CsvTable? curves = null;
            if (folder.Has(OutputFiles.CalibrationCurves))
            {
                using var stream = folder.OpenRead(OutputFiles.CalibrationCurves);
                curves = CsvTable.Read(stream);
            }
            return FromJson(document.RootElement, curves);
        }
        catch (JsonException e)
        {
            return new CalibrationData { Problem = $"{OutputFiles.Calibration} could not be read: {e.Message}" };
        }
    }

    private static CalibrationData FromJson(JsonElement root, CsvTable? curves)
    {
        var fit = Json.Obj(root, "goodness_of_fit");
        var method = Json.Obj(root, "method");
        return new CalibrationData
        {
            DataFile = Json.Str(Json.Obj(root, "data"), "file") ?? "",
            Partial = root.TryGetProperty("partial", out var p) && p.ValueKind == JsonValueKind.True,
            Deviance = Json.Num(root, "objective"),
            GoodnessOfFit = (Json.Num(fit, "p_value"), Json.Long(fit, "df")),
            Effort = (Json.Long(method, "evaluations"), Json.Long(method, "trials")),
            Parameters = Json.Arr(root, "parameters").Select(x => (Json.Str(x, "path") ?? "", Json.Num(x, "estimate"), Json.Num(x, "lower95"), Json.Num(x, "upper95"),
                Json.Num(x, "lower_bound"), Json.Num(x, "upper_bound"))).ToArray(),
            Groups = Json.Arr(root, "groups").Select(g => Group(g, curves)).ToArray(),
        };
    }

    private static CalibrationGroupData Group(JsonElement g, CsvTable? curves)
    {
        var value = Json.Str(g, "value") ?? "";
        var regime = Json.Str(g, "regime") ?? "";
        var logrank = Json.Obj(g, "logrank");
        IReadOnlyList<CurvePoint> Curve(string kind) => curves is null
            ? []
            : curves.Rows.Where(r => curves.Text(r, "group") == value && curves.Text(r, "regime") == regime && curves.Text(r, "curve") == kind && curves.Number(r, "day") is not null)
                .Select(r => new CurvePoint(curves.Number(r, "day")!.Value, curves.Number(r, "survival") ?? 0, curves.Number(r, "lower95"), curves.Number(r, "upper95")))
                .ToArray();
        return new CalibrationGroupData
        {
            Value = value,
            Regime = regime,
            Subjects = Json.Long(g, "subjects"),
            Events = Json.Long(g, "events"),
            Deviance = Json.Num(g, "deviance"),
            Observed = Json.Num(logrank, "observed"),
            Expected = Json.Num(logrank, "expected"),
            LogRankP = Json.Num(logrank, "p_value"),
            Holds = Json.Arr(g, "holds").Select(h => (
                new DayEstimate(Json.Num(h, "day") ?? 0, Json.Num(h, "data") ?? 0, Json.Num(h, "data_lower95"), Json.Num(h, "data_upper95")),
                new DayEstimate(Json.Num(h, "day") ?? 0, Json.Num(h, "model") ?? 0, Json.Num(h, "model_lower95"), Json.Num(h, "model_upper95")))).ToArray(),
            DataCurve = Curve("data"),
            ModelCurve = Curve("model"),
        };
    }
}
