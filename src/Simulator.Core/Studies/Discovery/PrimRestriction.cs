namespace Simulator.Studies.Discovery;

/// <summary>A parameter a box restricts: its limits (inclusive, values found in the data) and its quasi-p-value.</summary>
/// <param name="Name">The parameter (a key path).</param>
/// <param name="Lower">Lower limit: a value found in the data; the parameter's smallest value over all the points when this side was never narrowed.</param>
/// <param name="Upper">Upper limit: a value found in the data; the parameter's largest value over all the points when this side was never narrowed.</param>
/// <param name="QuasiP">
/// The one-sided binomial test of Bryant and Lempert (2010), as EMA Workbench computes it: with this
/// restriction lifted, the box holds a share p of cases of interest; the chance of at least the box's
/// cases of interest among its cases if each were one with probability p. Small: the restriction matters.
/// </param>
public sealed record PrimRestriction(string Name, double Lower, double Upper, double QuasiP);
