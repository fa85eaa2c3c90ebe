using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Simulator.Diagnostics;

namespace Simulator.Service.Hosting;

/// <summary>The addresses of --urls, and whether they all stay on this machine (loopback).</summary>
/// <param name="Urls">The URLs, as given.</param>
/// <param name="LoopbackOnly">True when every URL is localhost, 127.0.0.0/8 or [::1].</param>
public sealed partial record Bindings(IReadOnlyList<string> Urls, bool LoopbackOnly)
{
    /// <summary>The default: this machine only.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>Parses <paramref name="urls"/> (separated by ';'); adds a problem for each URL serve cannot listen on.</summary>
    public static Bindings Parse(string urls, List<Problem> problems)
    {
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0) problems.Add(Problem($"'{urls}' names no address; give one such as {Default}"));
        var loopback = true;
        foreach (var url in list)
        {
            var match = Address().Match(url);
            if (!match.Success || int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture) > 65535)
            {
                problems.Add(Problem($"'{url}' is not an address serve can listen on: give http://HOST:PORT such as {Default} "
                    + "(plain HTTP; for HTTPS put a TLS proxy in front, see docs/service.md)"));
                continue;
            }
            loopback &= IsLoopback(match.Groups["host"].Value);
        }
        return new Bindings(list, loopback);
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);

    private static Problem Problem(string message) => new() { File = "--urls", Message = message };

    [GeneratedRegex(@"^http://(?<host>\[[0-9A-Fa-f:.]+\]|[^:/\[\]\s]+):(?<port>\d{1,5})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
