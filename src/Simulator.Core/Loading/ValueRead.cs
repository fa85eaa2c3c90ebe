using System.Numerics;

namespace Simulator.Loading;

/// <summary>What kind of value the mapper expects at one place (see <see cref="IReadObserver"/>).</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="Range">Allowed interval of a number (for an integer, with <paramref name="Min"/> and <paramref name="Max"/> exact).</param>
/// <param name="Min">Smallest integer allowed.</param>
/// <param name="Max">Largest integer allowed.</param>
/// <param name="Choices">Names a choice may take, in documentation order.</param>
/// <param name="Target">What a reference names (principal, regime, mediator, lifecycle).</param>
internal sealed record ValueRead(ValueKind Kind, NumberRange? Range = null, BigInteger? Min = null, BigInteger? Max = null,
    IReadOnlyList<string>? Choices = null, string? Target = null);
