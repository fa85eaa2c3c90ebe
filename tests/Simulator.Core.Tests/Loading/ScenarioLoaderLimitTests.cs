using System.Text;
using Simulator.Loading;
using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Loading;

/// <summary>Hostile or oversized files are rejected quickly, with bounded memory, and never crash the loader.</summary>
public class ScenarioLoaderLimitTests
{
    [Fact]
    public void LoadText_LargerThanOneMebibyte_IsRejectedBeforeParsing()
    {
        var yaml = Reference + "# " + new string('x', 1024 * 1024) + "\n";

        var error = SingleError(yaml);

        Assert.Equal(0, error.Line);
        Assert.Equal($"test.yaml: the file is {Encoding.UTF8.GetByteCount(yaml)} bytes; scenario files are limited to 1048576 bytes (1 MiB)", error.ToString());
    }

    [Fact]
    public void LoadFile_LargerThanOneMebibyte_IsRejectedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid()}.yaml");
        File.WriteAllText(path, new string('#', 1024 * 1024 + 1));
        try
        {
            var error = Assert.Single(ScenarioLoader.LoadFile(path).Errors);

            Assert.Equal($"{path}: the file is more than 1048576 bytes; scenario files are limited to 1048576 bytes (1 MiB)", error.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadText_NestingDeeperThan64_IsRejected()
    {
        // The top-level mapping is the first level, so 64 brackets make 65.
        var yaml = "name: " + new string('[', 64) + new string(']', 64) + "\n";

        var error = SingleError(yaml);

        Assert.Equal("test.yaml:1:70: name" + string.Concat(Enumerable.Repeat("[0]", 63)) + ": nesting is deeper than 64 levels", error.ToString());
    }

    [Fact]
    public void LoadText_NestingOf64_IsAllowedByTheLimit()
    {
        var yaml = "name: " + new string('[', 63) + new string(']', 63) + "\n";

        var result = Load(yaml);

        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("nesting"));
    }

    [Fact]
    public void LoadText_HalfAMillionOpenBrackets_IsRejectedWithoutStackOverflow()
    {
        var yaml = "name: " + new string('[', 500_000);

        var error = SingleError(yaml);

        Assert.Equal("nesting is deeper than 64 levels", error.Message);
    }

    [Fact]
    public void LoadText_BillionLaughs_IsRejectedWithBoundedMemory()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = SingleError(yaml.ToString());

        // Expanded, the document would hold 10^10 nodes; rejecting it before expansion keeps the
        // work (and so the time) proportional to the file's own size.
        Assert.Equal("the document would have more than 100000 nodes with its aliases expanded; aliases must not multiply content", error.Message);
        Assert.Equal(5, error.Line);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000, "allocated too much");
    }

    [Fact]
    public void LoadText_AliasesBelowTheLimit_AreAllowed()
    {
        var yaml = With("mediators: []", "mediators: []\nlists: &l [1, 2, 3]\nmore: [*l, *l]");

        var result = Load(yaml);

        Assert.Equal(["lists", "more"], result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.StartsWith("unknown key", e.Message));
    }

    public static TheoryData<string, string, string, int> ListLimits() => new()
    {
        { "mediators: []", "mediators", "  - { id: m{0} }", 64 },
        { "armed_groups:\n", "armed_groups", "  - { id: g{0}, based_in: host, targets: victim, attack_rate: 0 }", 64 },
        { "commitments:\n", "commitments", "  - { id: c{0}, owner: host, breached_by: [attack] }", 64 },
        { "regimes:\n", "regimes", "  - { id: r{0}, kind: none }", 32 },
    };

    [Theory]
    [MemberData(nameof(ListLimits))]
    public void LoadText_ListAboveItsLimit_IsRejected(string anchor, string key, string itemFormat, int limit)
    {
        var items = string.Join("\n", Enumerable.Range(0, limit + 1).Select(i => itemFormat.Replace("{0}", i.ToString())));
        var yaml = anchor == "mediators: []" ? With(anchor, $"{key}:\n{items}") : With(anchor, $"{key}:\n{items}\n");

        var result = Load(yaml);

        // The reference's own items stay in the list, so the count is at least limit + 1.
        Assert.Contains(result.Errors, e => e.Path == key && e.Message.EndsWith($" entries; at most {limit} are allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadText_MoreThan64States_IsRejected()
    {
        var states = string.Concat(Enumerable.Range(0, 65).Select(i => $"      - id: s{i}\n"));

        var result = Load(With("      - id: in_force\n", "      - id: in_force\n" + states));

        Assert.Contains(result.Errors, e => e.ToString() == "test.yaml:70:7: lifecycles.collapse_on_confirmation.states: has 67 entries; at most 64 are allowed");
    }

    [Fact]
    public void LoadText_MoreThan32ReportDays_IsRejected()
    {
        var days = string.Join(", ", Enumerable.Range(1, 33));

        var error = SingleError(With("report_days: [30, 90, 180, 365]", $"report_days: [{days}]"));

        Assert.Equal("run.report_days: has 33 entries; at most 32 are allowed", $"{error.Path}: {error.Message}");
    }
}
