namespace Simulator.Model;

/// <summary>The families an uncertain scenario value may follow (docs/sweeps.md).</summary>
public enum UncertainKind
{
    /// <summary>Uniform on [min, max].</summary>
    Uniform,

    /// <summary>Triangular on [min, max] with its peak at mode.</summary>
    Triangular,

    /// <summary>Normal(mean, sd) truncated to [min, max], which default to the key's valid range.</summary>
    Normal,

    /// <summary>Beta(alpha, beta) scaled to [min, max] (default [0, 1]).</summary>
    Beta,

    /// <summary>Log-normal given by its median and 90th percentile, truncated like the normal.</summary>
    LogNormal,

    /// <summary>Gamma(shape, scale), mean shape · scale, truncated like the normal (a frailty's usual law).</summary>
    Gamma,
    /// <summary>One of a list of values, equally likely.</summary>
    Discrete,
}
