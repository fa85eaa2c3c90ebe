using System.Text.RegularExpressions;
using Simulator.Machines;
using Simulator.Model;
using Simulator.Tests.Support;

namespace Simulator.Tests.Machines;

/// <summary>docs/state-machines.md's transition and trigger tables list exactly what the code defines.</summary>
public sealed partial class StateMachinesDocTests
{
    private static readonly string Doc = File.ReadAllText(RepoPaths.Of("docs", "state-machines.md")).Replace("\r\n", "\n");

    [Fact]
    public void Doc_DefaultLifecycleTable_ListsExactlyTheDefaultTransitions()
    {
        var rows = TransitionRows(Section("## The default commitment lifecycle"));

        var declared = DefaultLifecycle.Instance.Transitions
            .Select(t => (t.From, TriggerNames.Name(t.Trigger), t.To))
            .ToList();

        Assert.Equal(declared, rows);
    }

    [Fact]
    public void Doc_TruceTable_ListsExactlyTheTruceTransitions()
    {
        var rows = TransitionRows(Section("## The truce"));

        var defined = TruceMachineFactory.Create().GetInfo().States
            .SelectMany(s => s.FixedTransitions.Select(t => (
                TruceStateNames.Name((TruceState)s.UnderlyingState),
                t.Trigger.UnderlyingTrigger.ToString()!.ToLowerInvariant(),
                TruceStateNames.Name((TruceState)t.DestinationState.UnderlyingState))))
            .ToList();

        Assert.Equal(defined, rows);
    }

    [Fact]
    public void Doc_TriggerVocabulary_ListsEveryTriggerInEnumOrder()
    {
        var names = TriggerRow().Matches(Section("## Trigger vocabulary")).Select(m => m.Groups[1].Value);

        Assert.Equal(TriggerNames.All, names);
    }

    private static string Section(string heading)
    {
        var start = Doc.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/state-machines.md lacks the heading '{heading}'");
        var end = Doc.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? Doc[start..] : Doc[start..end];
    }

    private static List<(string From, string Trigger, string To)> TransitionRows(string section) =>
        [.. TransitionRow().Matches(section).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))];

    [GeneratedRegex(@"^\| `(\w+)` \| `(\w+)` \| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex TransitionRow();

    [GeneratedRegex(@"^\| `(\w+)` \| [^|`]", RegexOptions.Multiline)]
    private static partial Regex TriggerRow();
}
