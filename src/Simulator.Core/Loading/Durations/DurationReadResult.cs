using Simulator.Diagnostics;

namespace Simulator.Loading.Durations;

/// <summary>The data, or every problem that stopped them being read (each naming the file, line and column).</summary>
/// <param name="Data">The data; null when any problem was found.</param>
/// <param name="Problems">What is wrong, in line order.</param>
public sealed record DurationReadResult(DurationData? Data, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when the data were read without problems.</summary>
    public bool Succeeded => Data is not null && Problems.Count == 0;
}
