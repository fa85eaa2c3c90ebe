using Simulator.Machines;
using Simulator.Model;
using Simulator.Tests.Support;

namespace Simulator.Tests.Machines;

/// <summary>
/// Golden-file tests of the diagrams. The expected texts live in the source tree, in
/// tests/Simulator.Core.Tests/Machines/Golden/ (read through <see cref="RepoPaths"/>, so no copy to the
/// output folder is needed and an update lands where git sees it), and the Mermaid ones are also
/// embedded in docs/state-machines.md after a <c>&lt;!-- golden: NAME --&gt;</c> marker.
///
/// To regenerate after an intended change to a machine or to the exporter, run
/// <c>UPDATE_GOLDEN=1 dotnet test Simulator.sln --filter FullyQualifiedName~DiagramExporterTests</c>
/// then review the diff of Golden/ and docs/state-machines.md and commit it. With UPDATE_GOLDEN set
/// the tests rewrite the files instead of comparing (and pass).
/// </summary>
public sealed class DiagramExporterTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static readonly string GoldenFolder = RepoPaths.Of("tests", "Simulator.Core.Tests", "Machines", "Golden");

    private static readonly string DocPath = RepoPaths.Of("docs", "state-machines.md");

    /// <summary>Golden file name and the exporter call that must reproduce it.</summary>
    public static TheoryData<string> GoldenFiles => new()
    {
        "default-lifecycle.mmd", "default-lifecycle.dot", "truce.mmd", "truce.dot",
    };

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Format_Machine_EqualsGoldenFile(string file)
    {
        var actual = Export(file);
        var path = Path.Combine(GoldenFolder, file);
        if (Update)
        {
            File.WriteAllText(path, actual);
            return;
        }

        var expected = ReadNormalized(path);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Doc_StateMachines_EmbedsTheCurrentMermaidDiagramOfBothMachines()
    {
        var doc = ReadNormalized(DocPath);
        foreach (var file in new[] { "default-lifecycle.mmd", "truce.mmd" })
        {
            var marker = $"<!-- golden: {file} -->\n```mermaid\n";
            var start = doc.IndexOf(marker, StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/state-machines.md lacks the line '<!-- golden: {file} -->' followed by a ```mermaid block");
            var bodyStart = start + marker.Length;
            var bodyEnd = doc.IndexOf("```", bodyStart, StringComparison.Ordinal);
            Assert.True(bodyEnd >= 0, $"the ```mermaid block after '<!-- golden: {file} -->' is not closed");
            var expected = Export(file);
            if (Update)
            {
                doc = doc[..bodyStart] + expected + doc[bodyEnd..];
                continue;
            }

            Assert.Equal(expected, doc[bodyStart..bodyEnd]);
        }
        if (Update)
        {
            File.WriteAllText(DocPath, doc);
        }
    }

    [Theory]
    [InlineData(DiagramFormat.Dot)]
    [InlineData(DiagramFormat.Mermaid)]
    public void Format_CalledTwice_ReturnsTheSameText(DiagramFormat format)
    {
        Assert.Equal(DiagramExporter.Format(DefaultLifecycle.Instance, format), DiagramExporter.Format(DefaultLifecycle.Instance, format));
        Assert.Equal(DiagramExporter.FormatTruce(format), DiagramExporter.FormatTruce(format));
        Assert.Equal(
            DiagramExporter.Format(MachineAgreementTests.CustomLifecycle, format),
            DiagramExporter.Format(MachineAgreementTests.CustomLifecycle, format));
    }

    [Theory]
    [InlineData(DiagramFormat.Dot)]
    [InlineData(DiagramFormat.Mermaid)]
    public void Format_AnyMachine_UsesLineFeedsAndEndsWithOne(DiagramFormat format)
    {
        foreach (var text in new[] { DiagramExporter.Format(DefaultLifecycle.Instance, format), DiagramExporter.FormatTruce(format) })
        {
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("\n", text);
            Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Format_DefaultLifecycleMermaid_LabelsTransitionsWithScenarioTriggerNames()
    {
        var text = DiagramExporter.Format(DefaultLifecycle.Instance, DiagramFormat.Mermaid);

        Assert.Contains("\talleged --> confirmed : verdict_confirmed\n", text);
        Assert.Contains("[*] --> in_force", text);
        Assert.DoesNotContain("VerdictConfirmed", text);
    }

    [Fact]
    public void FormatTruce_Dot_UsesLowerCaseStatesAndTriggers()
    {
        var text = DiagramExporter.FormatTruce(DiagramFormat.Dot);

        Assert.Contains("\"escalating\" -> \"strained\" [style=\"solid\", label=\"deescalate\"];", text);
        Assert.DoesNotContain("Holding", text);
    }

    [Fact]
    public void Format_LifecycleWithEffectsMermaid_AppendsOneDescriptionLinePerStateWithEffects()
    {
        var text = DiagramExporter.Format(MachineAgreementTests.CustomLifecycle, DiagramFormat.Mermaid);

        Assert.EndsWith("\tunder_fire : entry / add_tension 0.5\n\tbroken : entry / collapse\n", text);
        Assert.Contains("\tunder_fire --> under_fire : retaliation\n", text);
    }

    [Fact]
    public void Format_LifecycleWithEffectsDot_RelabelsStatesWithEffectsInsideTheGraph()
    {
        var lifecycle = MachineAgreementTests.CustomLifecycle with
        {
            States = [.. MachineAgreementTests.CustomLifecycle.States.Select(s => s.Id == "broken"
                ? s with { Effects = new StateEffects { AddTension = 2, AddEscalation = 1, Collapse = true } }
                : s)],
        };

        var text = DiagramExporter.Format(lifecycle, DiagramFormat.Dot);

        Assert.EndsWith(
            "\"under_fire\" [label=\"under_fire|entry / add_tension 0.5\"];\n" +
            "\"broken\" [label=\"broken|entry / add_tension 2, add_escalation 1, collapse\"];\n}\n",
            text);
    }

    [Fact]
    public void Format_UnknownFormat_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagramExporter.Format(DefaultLifecycle.Instance, (DiagramFormat)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagramExporter.FormatTruce((DiagramFormat)7));
    }

    private static string Export(string file) => file switch
    {
        "default-lifecycle.mmd" => DiagramExporter.Format(DefaultLifecycle.Instance, DiagramFormat.Mermaid),
        "default-lifecycle.dot" => DiagramExporter.Format(DefaultLifecycle.Instance, DiagramFormat.Dot),
        "truce.mmd" => DiagramExporter.FormatTruce(DiagramFormat.Mermaid),
        "truce.dot" => DiagramExporter.FormatTruce(DiagramFormat.Dot),
        _ => throw new ArgumentException("No exporter call for golden file " + file, nameof(file)),
    };

    /// <summary>Reads a text file with line feeds only, whatever git's checkout did to line endings.</summary>
    private static string ReadNormalized(string path) => File.ReadAllText(path).Replace("\r\n", "\n");
}
