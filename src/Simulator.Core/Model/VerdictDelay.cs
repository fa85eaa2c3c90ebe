namespace Simulator.Model;

/// <summary>Distribution of the time an examination takes, in days.</summary>
public sealed record VerdictDelay
{
    /// <summary>Zero delay.</summary>
    public static readonly VerdictDelay Immediate = new() { Distribution = DelayDistribution.Fixed, Days = 0 };

    /// <summary>Shape of the distribution.</summary>
    public required DelayDistribution Distribution { get; init; }

    /// <summary>Fixed: the delay. Exponential: the mean.</summary>
    public double Days { get; init; }

    /// <summary>Log-normal: the median.</summary>
    public double MedianDays { get; init; }

    /// <summary>Log-normal: the 90th percentile (greater than the median).</summary>
    public double P90Days { get; init; }
}
