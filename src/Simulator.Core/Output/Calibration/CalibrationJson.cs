using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Loading.Durations;
using Simulator.Studies.Calibration;

namespace Simulator.Output.Calibration;

/// <summary>
/// calibration.json (schema in docs/calibration.md): the fitted parameters with their 95%
/// intervals, the fit statistics overall and per group, and what produced them. Written and read
/// through one model (<see cref="CalibrationDocument"/>, serialized by <see cref="CalibrationJsonContext"/>)
/// in a fixed key order and holding no clock time, so the same calibration gives the same bytes;
/// non-finite numbers are null.
/// </summary>
public static class CalibrationJson
{
    /// <summary>Schema version of the file; bumped on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text, indented, ending with a newline.</summary>
    public static string Render(CalibrationResult result) => Render(Build(result));

    /// <summary>The JSON text of a document, indented, ending with a newline.</summary>
    public static string Render(CalibrationDocument document)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(w, document, CalibrationJsonContext.Default.CalibrationDocument);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads a calibration.json; throws <see cref="JsonException"/> when it is not one.</summary>
    public static CalibrationDocument Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, CalibrationJsonContext.Default.CalibrationDocument) ?? throw new JsonException("calibration.json is null");

    /// <summary>The document of a calibration.</summary>
    public static CalibrationDocument Build(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CalibrationDocument
        {
            SchemaVersion = SchemaVersion,
            Partial = result.Partial,
            Scenario = new CalibrationScenarioPart
            {
                Name = result.ScenarioName,
                Source = result.ScenarioSource,
                Overrides = [.. result.Overrides],
                Calibrated = OutputFiles.Calibrated,
                CalibratedHash = result.CalibratedHash,
            },
            Data = DataPart(result.Data),
            Method = MethodPart(result),
            Objective = result.Deviance,
            GoodnessOfFit = new GoodnessOfFitPart { Deviance = result.Deviance, Df = result.DegreesOfFreedom, PValue = result.GoodnessOfFitP },
            Parameters = [.. result.Parameters.Select(ParameterPart)],
            Groups = [.. result.Groups.Select(g => GroupPart(g, result.Bins))],
        };
    }

    private static CalibrationDataPart DataPart(DurationData d) => new()
    {
        File = Path.GetFileName(d.File),
        Sha256 = d.Sha256,
        RowsRead = d.RowsRead,
        RowsUsed = d.Rows.Count,
        DurationColumn = d.Columns.Duration,
        EventColumn = d.Columns.Event,
        TimeUnit = d.Columns.TimeUnit.Name(),
        GroupColumn = d.Columns.Group,
        Where = [.. d.Columns.Where.Select(w => $"{w.Key}={w.Value}")],
    };

    private static CalibrationMethodPart MethodPart(CalibrationResult r) => new()
    {
        Objective = "deviance of the data from the model's hazard on smooth intervals (docs/calibration.md)",
        Search = "golden-section search for one parameter; Nelder–Mead simplex in logit coordinates, restarted, then each coordinate polished, for several",
        Intervals = "profile deviance, χ² threshold widened by 1 + 3n/N",
        Trials = r.Trials,
        Seed = r.Seed,
        HorizonDays = r.HorizonDays,
        IntervalNodesDays = [.. r.Bins.Nodes],
        IntervalThreshold = r.IntervalThreshold,
        BandThreshold = r.BandThreshold,
        Evaluations = r.Evaluations,
        Converged = r.Converged,
    };

    private static FittedParameterPart ParameterPart(FittedParameter p) => new()
    {
        Path = p.Parameter.Path,
        Estimate = p.Estimate,
        Lower95 = p.Interval?.Lower,
        Upper95 = p.Interval?.Upper,
        LowerBound = p.Parameter.Lower,
        UpperBound = p.Parameter.Upper,
        Lower95AtBound = p.Interval?.LowerAtBound,
        Upper95AtBound = p.Interval?.UpperAtBound,
    };

    private static GroupFitPart GroupPart(GroupFit g, HazardBins bins) => new()
    {
        Value = g.Value,
        Regime = g.Regime,
        Subjects = g.Subjects,
        Events = g.Events,
        CensoredAtHorizon = g.CensoredAtHorizon,
        Deviance = g.Deviance,
        Terms = g.Terms,
        LogLikelihood = g.LogLikelihood,
        LogRank = new LogRankPart { Observed = g.LogRank.Observed, Expected = g.LogRank.Expected, ChiSquare = g.LogRank.ChiSquare, PValue = g.LogRank.PValue },
        Intervals = [.. Enumerable.Range(0, bins.Count).Select(k => new HazardIntervalPart
        {
            NodeDay = bins.Nodes[k],
            Events = g.IntervalEvents[k],
            ExposureDays = g.IntervalExposure[k],
            DataHazard = g.IntervalExposure[k] > 0 ? g.IntervalEvents[k] / g.IntervalExposure[k] : null,
            ModelHazard = g.ModelHazards[k],
        })],
        Holds = [.. g.Holds.Select(h => new HoldComparisonPart
        {
            Day = h.Data.Day,
            Data = h.Data.Survival,
            DataLower95 = h.Data.Lower,
            DataUpper95 = h.Data.Upper,
            Model = h.Model.Survival,
            ModelLower95 = h.Model.Lower,
            ModelUpper95 = h.Model.Upper,
        })],
    };
}
