using System.Globalization;
using System.Text;
using Simulator.Model;
using Stateless.Graph;
using Stateless.Reflection;

namespace Simulator.Machines;

/// <summary>
/// Draws commitment lifecycles and the truce machine with Stateless' own exporters
/// (<c>UmlDotGraph.Format</c> and <c>MermaidGraph.Format</c> on <c>GetInfo()</c>), followed by a
/// fixed post-processing step so the text speaks the scenario files' vocabulary and is the same
/// bytes on every run and platform:
/// <list type="number">
/// <item>line endings become <c>\n</c> and the text ends with exactly one <c>\n</c>;</item>
/// <item>transition labels use the snake_case trigger names of scenario files
/// (<c>VerdictConfirmed</c> becomes <c>verdict_confirmed</c>), and truce states and triggers are
/// lower-cased (<c>Holding</c> becomes <c>holding</c>);</item>
/// <item>states with effects get one line each, appended after Stateless' output: in Mermaid a state
/// description (<c>breached : entry / collapse</c>), in DOT a node statement that relabels the node
/// (<c>"breached" [label="breached|entry / collapse"];</c>) inserted before the closing brace.</item>
/// </list>
/// Stateless' own lines are otherwise left untouched.
/// </summary>
public static class DiagramExporter
{
    private const string MermaidArrow = " --> ";
    private const string MermaidLabel = " : ";
    private const string DotArrow = " -> ";
    private const string DotLabel = "label=\"";

    private static readonly Dictionary<string, string> TriggerRenames =
        Enum.GetValues<Trigger>().ToDictionary(t => t.ToString(), TriggerNames.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> TruceTriggerRenames =
        Enum.GetValues<TruceTrigger>().ToDictionary(t => t.ToString(), TruceTriggerName, StringComparer.Ordinal);

    private static readonly Dictionary<TruceState, string> TruceStateRenames =
        Enum.GetValues<TruceState>().ToDictionary(s => s, TruceStateNames.Name);

    /// <summary>Draws a commitment lifecycle (its states, transitions, initial state and state effects).</summary>
    /// <param name="lifecycle">The lifecycle, e.g. <see cref="DefaultLifecycle.Instance"/> or a scenario's own.</param>
    /// <param name="format">The text format.</param>
    /// <returns>The diagram text, ending with one <c>\n</c>.</returns>
    public static string Format(Lifecycle lifecycle, DiagramFormat format)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var info = LifecycleMachineFactory.Create(lifecycle).GetInfo();
        var lines = Lines(Draw(info, format));
        RenameTransitionLabels(lines, format, TriggerRenames);
        var effects = lifecycle.States
            .Where(s => s.Effects.Any)
            .Select(s => EffectLine(s.Id, Describe(s.Effects), format))
            .ToList();
        return Join(lines, effects, format);
    }

    /// <summary>Draws the truce machine (<see cref="TruceMachineFactory"/>).</summary>
    /// <param name="format">The text format.</param>
    /// <returns>The diagram text, ending with one <c>\n</c>.</returns>
    public static string FormatTruce(DiagramFormat format)
    {
        var info = TruceMachineFactory.Create().GetInfo();
        var lines = Lines(Draw(info, format));
        RenameTransitionLabels(lines, format, TruceTriggerRenames);
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var (state, name) in TruceStateRenames)
            {
                lines[i] = ReplaceWord(lines[i], state.ToString(), name);
            }
        }
        return Join(lines, [], format);
    }

    private static string Draw(StateMachineInfo info, DiagramFormat format) => format switch
    {
        DiagramFormat.Dot => UmlDotGraph.Format(info),
        DiagramFormat.Mermaid => MermaidGraph.Format(info),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Use DiagramFormat.Dot or DiagramFormat.Mermaid."),
    };

    private static List<string> Lines(string text) =>
        [.. text.Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n', ' ', '\t').Split('\n')];

    /// <summary>Renames the trigger label of each transition line whose label is exactly an enum name.</summary>
    private static void RenameTransitionLabels(List<string> lines, DiagramFormat format, Dictionary<string, string> renames)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (format == DiagramFormat.Mermaid)
            {
                var at = line.LastIndexOf(MermaidLabel, StringComparison.Ordinal);
                if (line.Contains(MermaidArrow, StringComparison.Ordinal) && at >= 0
                    && renames.TryGetValue(line[(at + MermaidLabel.Length)..], out var name))
                {
                    lines[i] = line[..(at + MermaidLabel.Length)] + name;
                }
            }
            else
            {
                var start = line.IndexOf(DotLabel, StringComparison.Ordinal) + DotLabel.Length;
                var end = start >= DotLabel.Length ? line.IndexOf('"', start) : -1;
                if (line.Contains(DotArrow, StringComparison.Ordinal) && end > start
                    && renames.TryGetValue(line[start..end], out var name))
                {
                    lines[i] = line[..start] + name + line[end..];
                }
            }
        }
    }

    private static string ReplaceWord(string line, string word, string replacement)
    {
        var sb = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            var at = line.IndexOf(word, i, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            var end = at + word.Length;
            var whole = (at == 0 || !IsWordChar(line[at - 1])) && (end == line.Length || !IsWordChar(line[end]));
            sb.Append(line, i, at - i).Append(whole ? replacement : word);
            i = end;
        }
        return sb.Append(line, i, line.Length - i).ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string TruceTriggerName(TruceTrigger trigger) => trigger.ToString().ToLowerInvariant();

    /// <summary>Effects in the scenario files' keys, e.g. <c>entry / add_tension 2, add_escalation 1, collapse</c>.</summary>
    private static string Describe(StateEffects effects)
    {
        var parts = new List<string>(3);
        if (effects.AddTension > 0)
        {
            parts.Add("add_tension " + effects.AddTension.ToString("R", CultureInfo.InvariantCulture));
        }
        if (effects.AddEscalation > 0)
        {
            parts.Add("add_escalation " + effects.AddEscalation.ToString(CultureInfo.InvariantCulture));
        }
        if (effects.Collapse)
        {
            parts.Add("collapse");
        }
        return "entry / " + string.Join(", ", parts);
    }

    private static string EffectLine(string state, string description, DiagramFormat format) => format == DiagramFormat.Mermaid
        ? $"\t{state} : {description}"
        : $"\"{state}\" [label=\"{state}|{description}\"];";

    private static string Join(List<string> lines, List<string> effectLines, DiagramFormat format)
    {
        if (effectLines.Count > 0)
        {
            // Mermaid: after everything. DOT: inside the graph, before its closing brace.
            var at = format == DiagramFormat.Dot && lines[^1] == "}" ? lines.Count - 1 : lines.Count;
            lines.InsertRange(at, effectLines);
        }
        return string.Join('\n', lines) + "\n";
    }
}
