using System.Text;
using System.Text.RegularExpressions;
using Simulator.Cli.Tests.Support;

namespace Simulator.Cli.Tests.Decisions;

/// <summary>
/// docs/decisions.md stays true: every command it shows (the lines "$ truce-sim …" of its code
/// blocks) runs, in order, at a reduced size (12 points, 200 trials), with its folders under a
/// temporary folder, and exits 0.
/// </summary>
public sealed partial class DecisionsWalkthroughTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Walkthrough_EveryCommand_RunsAtAReducedSize()
    {
        var commands = File.ReadAllLines(RepoPaths.Of("docs", "decisions.md"))
            .Where(l => l.StartsWith("$ truce-sim ", StringComparison.Ordinal))
            .Select(l => l["$ truce-sim ".Length..])
            .ToList();
        Assert.True(commands.Count >= 4, "docs/decisions.md shows the walkthrough's commands as lines starting with '$ truce-sim '");
        Assert.Contains(commands, c => c.StartsWith("sample ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("discover ", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("robustness ", StringComparison.Ordinal));

        foreach (var command in commands)
        {
            var reduced = Points().Replace(Trials().Replace(command, "--trials 200"), "--points 12");
            var args = Split(reduced).Select(a => a.StartsWith("results/", StringComparison.Ordinal) ? _temp.Of(a["results/".Length..])
                : a.StartsWith("scenarios/", StringComparison.Ordinal) ? RepoPaths.Of(a.Split('/')) : a).ToList();
            if (args[0] != "report") args.Add("--quiet");
            var (code, output, error) = await DiscoverCliTests.Run([.. args]);
            Assert.True(code == 0, $"truce-sim {reduced}: exit {code}\n{output}\n{error}");
        }
    }

    // Words split at spaces; single quotes group (as a shell would read the doc's lines).
    private static List<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '\'') quoted = !quoted;
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0) words.Add(word.ToString());
                word.Clear();
            }
            else word.Append(c);
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    [GeneratedRegex(@"--trials \d+")]
    private static partial Regex Trials();

    [GeneratedRegex(@"--points \d+")]
    private static partial Regex Points();
}
