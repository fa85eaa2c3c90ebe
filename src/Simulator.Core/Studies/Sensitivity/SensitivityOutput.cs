namespace Simulator.Studies.Sensitivity;

/// <summary>The statistic whose sensitivity is measured, per regime.</summary>
public enum SensitivityOutput
{
    /// <summary>Probability the truce holds at the horizon (Kaplan–Meier).</summary>
    Holds,

    /// <summary>Restricted mean days held up to the horizon.</summary>
    Rmst,

    /// <summary>Paired difference with the baseline in the probability of holding at the horizon (non-baseline regimes only).</summary>
    Paired,
}
