using Simulator.Output.Discovery;
using Simulator.Studies.Discovery;

namespace Simulator.Core.Tests.Output.Discovery;

/// <summary>discovery.json writes its numbers like every output file: 12 significant digits, no binary noise.</summary>
public sealed class DiscoveryJsonTests
{
    [Fact]
    public void Render_NumbersWithBinaryNoise_AreWrittenAtTwelveSignificantDigits()
    {
        var noisy = 0.1 + 0.2; // 0.30000000000000004
        var box = new PrimBox(1, noisy, 1, 2.0 / 3, 3, 3, [new PrimRestriction("a", noisy, 1 - 0.001 * 0.1, 1.0 / 3)]);
        var result = new PrimResult(10, 3, [box], [new PrimStep(1, 0, 1, noisy, 1, 0, true)]);
        var question = new DiscoveryQuestion("sample.csv", false, "r", "holds", "holds_horizon", "above", noisy, ["a"]);

        var json = DiscoveryJson.Render(question, PrimOptions.Default, result);

        Assert.DoesNotContain("0.30000000000000004", json, StringComparison.Ordinal);
        Assert.Contains("\"coverage\": 0.3,", json, StringComparison.Ordinal);
        Assert.Contains("\"threshold\": 0.3,", json, StringComparison.Ordinal);
        Assert.Contains("\"mass\": 0.666666666667,", json, StringComparison.Ordinal);
        Assert.Contains("\"upper\": 0.9999", json, StringComparison.Ordinal);
        Assert.Contains("\"a\": 0.333333333333", json, StringComparison.Ordinal);
    }
}
