using Simulator.Studies.Sensitivity;

namespace Simulator.Application.Studies;

/// <summary>`sensitivity`: Sobol or Morris indices of the uncertain parameters.</summary>
public sealed record SensitivitySpec
{
    /// <summary>Scenario, overrides, regimes, threads, folder.</summary>
    public required StudySpec Common { get; init; }

    /// <summary>--method.</summary>
    public SensitivityMethod Method { get; init; }

    /// <summary>--output.</summary>
    public SensitivityOutput Output { get; init; }

    /// <summary>--points (base samples or trajectories); null for the method's default.</summary>
    public int? Points { get; init; }

    /// <summary>--levels (Morris).</summary>
    public int Levels { get; init; } = 4;

    /// <summary>--resamples.</summary>
    public int Resamples { get; init; } = SobolIndex.DefaultResamples;
}
