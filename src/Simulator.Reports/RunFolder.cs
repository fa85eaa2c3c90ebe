using System.Globalization;
using System.Text.Json;
using Simulator.Loading;
using Simulator.Model;
using Simulator.Output;
using Simulator.Output.Manifests;
using Simulator.Output.Summaries;
using Simulator.Storage;

namespace Simulator.Reports;

/// <summary>
/// Everything a report needs, read from a run's output folder through its manifest (only the files
/// manifest.json lists, never through a link, each checked against its recorded length and SHA-256):
/// summary.json through the one model that writes it (<see cref="SummaryDocument"/>), survival.csv
/// and causes.csv streamed with Sep, timing.json's time, scenario.yaml reloaded with the recorded
/// overrides, and the optional sweep.csv, sensitivity.csv and calibration (calibration.json with its curves).
/// </summary>
public sealed record RunFolder
{
    /// <summary>The folder.</summary>
    public required string Folder { get; init; }

    /// <summary>summary.json as written.</summary>
    public required SummaryDocument Summary { get; init; }

    /// <summary>Scenario name.</summary>
    public string ScenarioName => Summary.Scenario?.Name is { Length: > 0 } name ? name : "(unnamed scenario)";

    /// <summary>Scenario source (file name or built-in).</summary>
    public string ScenarioSource => Summary.Scenario?.Source ?? "";

    /// <summary>SHA-256 of the resolved scenario.</summary>
    public string ScenarioHash => Summary.Scenario?.Hash ?? "";

    /// <summary>The --set overrides recorded.</summary>
    public IReadOnlyList<string> Overrides => Summary.Scenario?.Overrides ?? [];

    /// <summary>Engine version.</summary>
    public string EngineVersion => Summary.EngineVersion;

    /// <summary>Master seed (as text: it is a 64-bit unsigned number).</summary>
    public string Seed => Summary.Seed.ToString(CultureInfo.InvariantCulture);

    /// <summary>Trials requested per regime.</summary>
    public long TrialsRequested => Summary.TrialsRequested;

    /// <summary>Trials completed per regime.</summary>
    public long TrialsCompleted => Summary.TrialsCompleted;

    /// <summary>True when the run was cancelled.</summary>
    public bool Partial => Summary.Partial;

    /// <summary>Horizon in days.</summary>
    public double HorizonDays => double.IsFinite(Summary.HorizonDays) ? Summary.HorizonDays : 0;

    /// <summary>Report days (the horizon last).</summary>
    public IReadOnlyList<double> ReportDays => [.. Summary.ReportDays.Where(double.IsFinite)];

    /// <summary>Baseline regime id.</summary>
    public string BaselineId => Summary.BaselineRegime;

    /// <summary>Regimes in run order.</summary>
    public required IReadOnlyList<RegimeData> Regimes { get; init; }

    /// <summary>Comparisons with the baseline.</summary>
    public IReadOnlyList<ComparisonData> Comparisons { get; init; } = [];

    /// <summary>When the run finished: timing.json's last write time (UTC); null without it.</summary>
    public DateTime? RunTimeUtc { get; init; }

    /// <summary>The scenario reloaded from scenario.yaml and the overrides; null when that failed.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>Why the scenario could not be reloaded, when it could not.</summary>
    public string? ScenarioProblem { get; init; }

    /// <summary>sweep.csv, when present.</summary>
    public CsvTable? Sweep { get; init; }

    /// <summary>sensitivity.csv, when present.</summary>
    public CsvTable? Sensitivity { get; init; }

    /// <summary>
    /// True for a folder holding only a study (sweep.csv or sensitivity.csv, no summary.json): the
    /// report then shows the study alone, with what its manifest (sweep.json, sensitivity.json) says.
    /// </summary>
    public bool StudyOnly { get; init; }

    /// <summary>The study manifest's keys shown in a study-only report's header (seed, trials per point, …).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> StudyFacts { get; init; } = [];

    /// <summary>calibration.json and its curves, when the folder holds a calibration.</summary>
    public CalibrationData? Calibration { get; init; }

    /// <summary>discovery.json, when discover wrote into the folder.</summary>
    public DiscoveryData? Discovery { get; init; }

    /// <summary>robustness.csv, when robustness wrote into the folder.</summary>
    public CsvTable? Robustness { get; init; }

    /// <summary>robustness-frontier.csv, when robustness wrote into the folder.</summary>
    public CsvTable? RobustnessFrontier { get; init; }

    /// <summary>True for a sample's or sweep's folder without a run: the report shows only discovery and robustness.</summary>
    public bool IsStudy { get; init; }

    /// <summary>The baseline regime, or the first.</summary>
    public RegimeData? Baseline => Regimes.FirstOrDefault(r => r.Id == BaselineId) ?? Regimes.FirstOrDefault();

    /// <summary>A regime by id.</summary>
    public RegimeData? Regime(string id) => Regimes.FirstOrDefault(r => r.Id == id);

    /// <summary>
    /// Reads a run folder; throws <see cref="ReportInputException"/> when it has no manifest, no
    /// summary.json, or a file that is a link, a special file, or differs from the manifest.
    /// </summary>
    public static RunFolder Read(string folder)
    {
        try
        {
            return ReadTrusted(TrustedFolder.Open(folder));
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{Path.Combine(folder, OutputFiles.Summary)} is not valid JSON ({e.Message}).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException(e.Message);
        }
    }

    private static RunFolder ReadTrusted(TrustedFolder folder)
    {
        if (!folder.Has(OutputFiles.Summary) && (folder.Has(OutputFiles.Discovery) || folder.Has(OutputFiles.Robustness)))
        {
            return new RunFolder
            {
                Folder = folder.Folder,
                Summary = new SummaryDocument(),
                Regimes = [],
                IsStudy = true,
                Sweep = Table(folder, OutputFiles.Sweep),
                Discovery = DiscoveryData.TryRead(folder),
                Robustness = Table(folder, OutputFiles.Robustness),
                RobustnessFrontier = Table(folder, OutputFiles.RobustnessFrontier),
            };
        }
        if (!folder.Has(OutputFiles.Summary))
        {
            if (folder.Has(OutputFiles.Sweep) || folder.Has(OutputFiles.Sensitivity)) return ReadStudy(folder);
            throw new ReportInputException($"'{folder.Folder}' has no {OutputFiles.Summary}, {OutputFiles.Sweep} or {OutputFiles.Sensitivity}: give a folder that run, sweep or sensitivity wrote with --out (or a sample's folder after discover or robustness).");
        }
        var summary = SummaryJson.Read(folder.ReadAllBytes(OutputFiles.Summary));
        var curves = folder.Has(OutputFiles.Survival) ? ReadCurves(folder) : [];
        var incidence = folder.Has(OutputFiles.Causes) ? ReadIncidence(folder) : [];
        var (reloaded, problem) = Reload(folder, summary.Scenario?.Source is { Length: > 0 } s ? s : OutputFiles.Scenario, summary.Scenario?.Overrides ?? []);
        return new RunFolder
        {
            Folder = folder.Folder,
            Summary = summary,
            Regimes = [.. summary.Regimes.Select(r => RegimeData.From(r, curves.GetValueOrDefault(r.Id, []), incidence.GetValueOrDefault(r.Id, [])))],
            Comparisons = [.. summary.Comparisons.Select(ComparisonData.From)],
            RunTimeUtc = folder.Has(OutputFiles.Timing) ? WriteTime(folder, OutputFiles.Timing) : null,
            Scenario = reloaded,
            ScenarioProblem = problem,
            Sweep = Table(folder, OutputFiles.Sweep),
            Sensitivity = Table(folder, OutputFiles.Sensitivity),
            Calibration = CalibrationData.TryRead(folder),
            Discovery = DiscoveryData.TryRead(folder),
            Robustness = Table(folder, OutputFiles.Robustness),
            RobustnessFrontier = Table(folder, OutputFiles.RobustnessFrontier),
        };
    }

    // A sweep's or sensitivity analysis's folder without a run: its study files and what its manifest says.
    private static RunFolder ReadStudy(TrustedFolder folder)
    {
        var manifest = folder.Has(OutputFiles.SweepManifest) ? OutputFiles.SweepManifest
            : folder.Has(OutputFiles.SensitivityManifest) ? OutputFiles.SensitivityManifest : null;
        var facts = new List<KeyValuePair<string, string>>();
        string name = "", source = "", engine = "";
        if (manifest is not null)
        {
            using var json = JsonDocument.Parse(folder.ReadAllBytes(manifest));
            foreach (var p in json.RootElement.EnumerateObject())
            {
                var text = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString()!,
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                    JsonValueKind.Array => string.Join(", ", p.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                    _ => null,
                };
                if (text is null) continue;
                switch (p.Name)
                {
                    case "scenario": name = text; break;
                    case "scenario_source": source = text; break;
                    case "engine_version": engine = text; break;
                    default: facts.Add(new(p.Name, text)); break;
                }
            }
        }
        return new RunFolder
        {
            Folder = folder.Folder,
            Summary = new SummaryDocument { EngineVersion = engine, Scenario = new ScenarioSummary { Name = name, Source = source } },
            Regimes = [],
            StudyOnly = true,
            StudyFacts = facts,
            ScenarioProblem = "the folder holds a study, not a run",
            Sweep = Table(folder, OutputFiles.Sweep),
            Sensitivity = Table(folder, OutputFiles.Sensitivity),
        };
    }

    // survival.csv streamed row by row into each regime's curve.
    private static Dictionary<string, List<CurvePoint>> ReadCurves(TrustedFolder folder)
    {
        var curves = new Dictionary<string, List<CurvePoint>>();
        using var stream = folder.OpenRead(OutputFiles.Survival);
        using var reader = CsvRows.Open(stream);
        int regime = CsvRows.Index(reader, SurvivalCsv.RegimeColumn), day = CsvRows.Index(reader, SurvivalCsv.DayColumn),
            survival = CsvRows.Index(reader, SurvivalCsv.SurvivalColumn), lower = CsvRows.Index(reader, SurvivalCsv.LowerColumn),
            upper = CsvRows.Index(reader, SurvivalCsv.UpperColumn);
        string? lastId = null;
        List<CurvePoint>? list = null;
        foreach (var row in reader)
        {
            if (CsvRows.Number(row, day) is not { } d) continue;
            var id = CsvRows.Text(row, regime);
            if (list is null || !id.SequenceEqual(lastId)) list = Curve(curves, lastId = id.ToString());
            list.Add(new CurvePoint(d, CsvRows.Number(row, survival) ?? 0, CsvRows.Number(row, lower), CsvRows.Number(row, upper)));
        }
        return curves;
    }

    // causes.csv streamed row by row into each regime's incidence points.
    private static Dictionary<string, List<IncidencePoint>> ReadIncidence(TrustedFolder folder)
    {
        var points = new Dictionary<string, List<IncidencePoint>>();
        using var stream = folder.OpenRead(OutputFiles.Causes);
        using var reader = CsvRows.Open(stream);
        int regime = CsvRows.Index(reader, CausesCsv.RegimeColumn), cause = CsvRows.Index(reader, CausesCsv.CauseColumn),
            day = CsvRows.Index(reader, CausesCsv.DayColumn), incidence = CsvRows.Index(reader, CausesCsv.IncidenceColumn),
            error = CsvRows.Index(reader, CausesCsv.StdErrorColumn);
        foreach (var row in reader)
        {
            if (CsvRows.Number(row, day) is not { } d) continue;
            var id = CsvRows.Text(row, regime).ToString();
            if (!points.TryGetValue(id, out var list)) points[id] = list = [];
            list.Add(new IncidencePoint(CsvRows.Text(row, cause).ToString(), d, CsvRows.Number(row, incidence) ?? 0, CsvRows.Number(row, error)));
        }
        return points;
    }

    private static List<CurvePoint> Curve(Dictionary<string, List<CurvePoint>> curves, string id)
    {
        if (!curves.TryGetValue(id, out var list)) curves[id] = list = [];
        return list;
    }

    private static (Scenario?, string?) Reload(TrustedFolder folder, string source, IReadOnlyList<string> overrides)
    {
        if (!folder.Has(OutputFiles.Scenario)) return (null, $"the folder has no {OutputFiles.Scenario}");
        try
        {
            var bytes = folder.ReadAllBytes(OutputFiles.Scenario);
            var result = ScenarioLoader.LoadText(new System.Text.UTF8Encoding(false).GetString(bytes), source, overrides);
            return result.Succeeded
                ? (result.Scenario, null)
                : (null, $"{OutputFiles.Scenario} no longer loads: {result.Errors.FirstOrDefault()}");
        }
        // A link, a special file or an edited copy is refused with the folder; only a plain read failure degrades the report.
        catch (Exception e) when (e is (IOException and not UnsafeFileException) or UnauthorizedAccessException)
        {
            return (null, $"{OutputFiles.Scenario} could not be read: {e.Message}");
        }
    }

    private static DateTime WriteTime(TrustedFolder folder, string name)
    {
        using var stream = SafeFile.OpenRead(Path.Combine(folder.Folder, name));
        return File.GetLastWriteTimeUtc(stream.SafeFileHandle);
    }

    private static CsvTable? Table(TrustedFolder folder, string name)
    {
        if (!folder.Has(name)) return null;
        using var stream = folder.OpenRead(name);
        return CsvTable.Read(stream);
    }
}
