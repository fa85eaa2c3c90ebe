using Simulator.Statistics;
using Simulator.Studies.Calibration;

namespace Simulator.Application.Calibration;

/// <summary>One group of the data and the regime it is compared with.</summary>
/// <param name="Value">The group's value in the data ("" for data without groups).</param>
/// <param name="RegimeId">The regime.</param>
/// <param name="RegimePosition">The regime's position among the regimes each point runs.</param>
/// <param name="Observations">The group's risk table, censored at the horizon.</param>
/// <param name="Terms">What the objective needs of its data: events and exposure per interval, the best fit.</param>
/// <param name="CensoredAtHorizon">Observations longer than the horizon.</param>
public sealed record CalibrationGroup(string Value, string RegimeId, int RegimePosition, SurvivalTable Observations, ObservedTerms Terms, int CensoredAtHorizon)
{
    /// <summary>Observations in the group.</summary>
    public int Subjects => (int)Observations.Subjects;

    /// <summary>Events within the horizon.</summary>
    public int Events => (int)Observations.TotalEvents;

    /// <summary>How the group reads in notes: <c>peacekeepers=1 → peacekeepers</c>, or the regime alone.</summary>
    public string Label(string? column) => column is null ? RegimeId : $"{column}={Value} → {RegimeId}";
}
