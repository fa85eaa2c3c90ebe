using System.Globalization;
using Simulator.Application.Folders;
using Simulator.Application.Observing;
using Simulator.Diagnostics;
using Simulator.Output;
using Simulator.Output.Discovery;
using Simulator.Studies.Discovery;

namespace Simulator.Application.Discovery;

/// <summary>
/// `discover`: scenario discovery over a sample's or sweep's points. Reads the points through the
/// folder's manifest, marks each point of interest when the regime's output is above or below the
/// threshold, runs PRIM over the varied parameters and writes discovery.json and discovery.csv as
/// the folder's one writer (the points' folder, or --out). Refuses (exit 2) a folder that is not a
/// sample or sweep, an unknown regime, a day that is not a report day and too few points.
/// </summary>
public sealed class DiscoveryPipeline
{
    /// <summary>Fewest points PRIM is run on: below this a 5 % peel is one point and the boxes mean little.</summary>
    public const int MinPoints = 10;

    /// <summary>The outputs a point can be judged on.</summary>
    public static IReadOnlyList<string> Outputs { get; } = ["holds", "rmst", "paired"];

    /// <summary>Checks, reads, runs PRIM and writes the files.</summary>
    public DiscoveryOutcome Run(DiscoverySpec spec, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        observer ??= SilentObserver.Instance;
        var problems = new List<Problem>();
        if (spec.Above is null == spec.Below is null)
        {
            problems.Add(new Problem { File = "--above/--below", Message = spec.Above is null ? "give one of --above X or --below X: which outputs make a point of interest" : "give only one of --above and --below" });
        }
        foreach (var (name, value) in new[] { ("--above", spec.Above), ("--below", spec.Below), ("--day", spec.Day) })
        {
            if (value is { } v && !double.IsFinite(v)) problems.Add(new Problem { File = name, Message = $"must be a finite number; found {v}" });
        }
        if (!Outputs.Contains(spec.Output)) problems.Add(new Problem { File = "--output", Message = $"must be one of {string.Join(", ", Outputs)}; found '{spec.Output}'" });
        if (spec.Day is not null && spec.Output != "holds") problems.Add(new Problem { File = "--day", Message = $"applies to --output holds; {spec.Output} is read at the horizon" });
        if (problems.Count > 0) throw new InputRejectedException(problems);

        var points = PointsFolder.Read(spec.Folder, "discover");
        var table = points.Table;
        var regimes = table.Regimes;
        if (!regimes.Contains(spec.Regime))
        {
            throw new InputRejectedException("--regime", $"'{spec.Regime}' is not a regime of {Path.GetFileName(table.File)}{NameSuggester.Hint(spec.Regime, [.. regimes])}");
        }
        var rows = table.Rows.Where(r => r.Regime == spec.Regime).ToList();
        if (spec.Output == "paired" && rows.Count > 0 && rows[0].Baseline == spec.Regime)
        {
            throw new InputRejectedException("--output", $"'{spec.Regime}' is the baseline: paired differences are of the other regimes against it; choose another --regime or --output holds");
        }
        var column = spec.Output switch
        {
            "holds" => points.HoldsColumn(spec.Day, "--day"),
            "rmst" => "rmst",
            _ => "diff_holds_horizon",
        };
        var usable = rows.Where(r => r.Values.GetValueOrDefault(column) is not null).ToList();
        if (usable.Count < MinPoints)
        {
            throw new InputRejectedException(spec.Folder, $"{Path.GetFileName(table.File)} has {usable.Count} points with a value of {column} for {spec.Regime}; discover needs at least {MinPoints} (sample --points N)");
        }
        if (table.ParameterNames.Count == 0) throw new InputRejectedException(spec.Folder, $"{Path.GetFileName(table.File)} varies no parameter");
        if (usable.Count < rows.Count) observer.Note($"{rows.Count - usable.Count} points have no value of {column} and are left out");
        if (points.Partial) observer.Note($"{Path.GetFileName(table.File)} is partial (a cancelled study): only its {rows.Count} finished points are analysed");

        var threshold = spec.Above ?? spec.Below!.Value;
        var interest = usable.Select(r => spec.Above is not null ? r.Values[column] > threshold : r.Values[column] < threshold).ToList();
        var question = new DiscoveryQuestion(Path.GetFileName(table.File), points.Partial, spec.Regime, spec.Output, column,
            spec.Above is not null ? "above" : "below", threshold, table.ParameterNames);
        var options = PrimOptions.Default;
        var result = Prim.Run(table.ParameterNames, [.. usable.Select(r => r.Parameters)], interest, options);
        cancellationToken.ThrowIfCancellationRequested();
        var (folder, written) = Write(spec.OutputFolder ?? points.Folder, spec.OutputFolder is null ? spec.Folder : "--out", question, options, result);
        observer.Note(string.Create(CultureInfo.InvariantCulture, $"wrote {string.Join(", ", written)} to {folder}"));
        return new DiscoveryOutcome(question, options, result, folder, written);
    }

    private static (string, IReadOnlyList<string>) Write(string folder, string option, DiscoveryQuestion question, PrimOptions options, PrimResult result)
    {
        using var session = FolderSession.Continue(folder, option, "discover");
        session.BeginWriting();
        session.Add([DiscoveryJson.Write(Path.Combine(session.Folder, OutputFiles.Discovery), question, options, result),
            DiscoveryCsv.Write(Path.Combine(session.Folder, OutputFiles.DiscoveryTable), result)], question.Partial);
        session.Publish();
        return (session.Folder, OutputFiles.DiscoveryFiles);
    }
}
