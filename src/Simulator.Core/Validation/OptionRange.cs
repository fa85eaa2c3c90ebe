using System.Globalization;
using Simulator.Diagnostics;

namespace Simulator.Validation;

/// <summary>
/// The allowed range of a numeric option (<c>--threads</c>, <c>--points</c>, …), checked by the gate
/// like a scenario value, so every front end refuses the same values with the same words.
/// </summary>
/// <param name="Option">The option as the user types it.</param>
/// <param name="Min">Smallest allowed value.</param>
/// <param name="Max">Largest allowed value.</param>
public sealed record OptionRange(string Option, long Min, long Max)
{
    /// <summary>Worker threads per run.</summary>
    public static readonly OptionRange Threads = new("--threads", 1, 1024);

    /// <summary>Adds a problem to <paramref name="problems"/> when <paramref name="value"/> is given and out of range.</summary>
    public void Check(long? value, ICollection<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (value is not { } v || (v >= Min && v <= Max)) return;
        problems.Add(new Problem
        {
            File = Option,
            Message = string.Create(CultureInfo.InvariantCulture, $"must be between {Min:N0} and {Max:N0}; found {v:N0}"),
        });
    }
}
