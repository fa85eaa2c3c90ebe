using Simulator.Application.Folders;
using Simulator.Application.Scenarios;
using Simulator.Loading.Durations;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>
/// A calibration the gate and the data reader accepted, ready to run. Made only by
/// <see cref="CalibrationPipeline.Prepare"/>. A plan with a folder holds the folder's one-writer lock
/// until <see cref="CalibrationPipeline.Execute"/> ends, or <see cref="Dispose"/> for a plan never executed.
/// </summary>
public sealed record CalibrationPlan : IDisposable
{
    /// <summary>What was asked.</summary>
    public required CalibrationSpec Spec { get; init; }

    /// <summary>The scenario with the user's overrides, checked.</summary>
    public required CheckedScenario Base { get; init; }

    /// <summary>The data read.</summary>
    public required DurationData Data { get; init; }

    /// <summary>The groups, each with its regime.</summary>
    public required IReadOnlyList<CalibrationGroup> Groups { get; init; }

    /// <summary>Indices of the regimes every point runs (in <see cref="CalibrationGroup.RegimePosition"/> order).</summary>
    public required IReadOnlyList<int> RegimeIndices { get; init; }

    /// <summary>What is fitted, with bounds and starting values.</summary>
    public required IReadOnlyList<FitParameter> Parameters { get; init; }

    /// <summary>The intervals of the piecewise hazard.</summary>
    public required HazardBins Bins { get; init; }

    /// <summary>Trials per regime at every point.</summary>
    public long Trials => Base.Scenario.Trials;

    /// <summary>The horizon in days.</summary>
    public double HorizonDays => Base.Scenario.HorizonDays;

    /// <summary>Observations in all groups.</summary>
    public int Subjects => Groups.Sum(g => g.Subjects);

    /// <summary>Worker threads.</summary>
    public required int Threads { get; init; }

    /// <summary>The output folder (full path), or null.</summary>
    public string? Folder { get; init; }

    /// <summary>The hold on <see cref="Folder"/>: its lock and manifest.</summary>
    internal FolderSession? Session { get; init; }

    /// <summary>Releases the folder's lock (Execute does it when it ends).</summary>
    public void Dispose() => Session?.Dispose();

    /// <summary>Evaluations the search may use.</summary>
    public int SearchBudget => 60 + 60 * Parameters.Count;

    /// <summary>Evaluations per profile point for the other parameters (with two or more).</summary>
    public int ProfileBudget => 25 * Math.Max(1, Parameters.Count - 1);
}
