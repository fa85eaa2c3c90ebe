namespace Simulator.Studies.Sensitivity;

/// <summary>Global sensitivity methods.</summary>
public enum SensitivityMethod
{
    /// <summary>Sobol first-order and total indices (Saltelli sampling, Jansen estimators).</summary>
    Sobol,

    /// <summary>Morris elementary effects (μ*, μ, σ).</summary>
    Morris,
}
