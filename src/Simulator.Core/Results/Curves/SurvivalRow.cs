namespace Simulator.Results.Curves;

/// <summary>One row of survival.csv: the Kaplan–Meier and Nelson–Aalen values at one day.</summary>
/// <param name="Day">The distinct time, or the grid day (see <see cref="SurvivalGrid"/>).</param>
/// <param name="AtRisk">Number at risk (see <see cref="SurvivalGrid"/> on grid rows).</param>
/// <param name="Events">Collapses at the time, or since the previous grid row.</param>
/// <param name="Censored">Censorings at the time, or since the previous grid row.</param>
/// <param name="Survival">Kaplan–Meier survival.</param>
/// <param name="Lower">Lower log-log confidence limit.</param>
/// <param name="Upper">Upper log-log confidence limit.</param>
/// <param name="StandardError">Greenwood standard error of the survival.</param>
/// <param name="CumulativeHazard">Nelson–Aalen cumulative hazard.</param>
/// <param name="HazardStandardError">Its standard error.</param>
public readonly record struct SurvivalRow(
    double Day,
    long AtRisk,
    long Events,
    long Censored,
    double Survival,
    double Lower,
    double Upper,
    double StandardError,
    double CumulativeHazard,
    double HazardStandardError);
