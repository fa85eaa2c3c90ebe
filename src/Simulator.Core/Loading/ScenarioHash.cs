using System.Security.Cryptography;
using System.Text;
using Simulator.Model;

namespace Simulator.Loading;

/// <summary>
/// A fingerprint of a resolved scenario (after overrides and defaults), for outputs and caches:
/// equal scenarios give equal hashes, on any machine and culture; any changed value changes it.
/// </summary>
public static class ScenarioHash
{
    /// <summary>
    /// Lowercase hex SHA-256 of a canonical serialisation of <paramref name="scenario"/>: every
    /// public property by name, doubles in round-trip form under the invariant culture.
    /// </summary>
    public static string Compute(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var bytes = Encoding.UTF8.GetBytes(CanonicalWriter.Write(scenario));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
