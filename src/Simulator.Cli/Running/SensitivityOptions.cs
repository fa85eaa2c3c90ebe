using Simulator.Studies.Sensitivity;

namespace Simulator.Cli.Running;

/// <summary>What the user asked `sensitivity` for, beyond the options it shares with `run`.</summary>
public sealed record SensitivityOptions
{
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
