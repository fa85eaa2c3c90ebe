using Simulator.Studies.Sensitivity;

namespace Simulator.Application.Studies;

/// <summary>A sensitivity study's design and the analysis it asks for.</summary>
/// <param name="Study">The Sobol or Morris design over the uncertain parameters.</param>
/// <param name="Output">The statistic analysed per regime.</param>
/// <param name="Resamples">Bootstrap resamples for the intervals.</param>
public sealed record SensitivityPlan(SensitivityStudy Study, SensitivityOutput Output, int Resamples);
