using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Diagnostics;

namespace Simulator.Cli.Rendering.Validation;

/// <summary>
/// <c>validate --format sarif</c>: a SARIF 2.1.0 log (the format code-scanning services and editors
/// read) with one result per problem: level, message (with its help), the file, line and column,
/// the key path as a logical location, and the source line as the region's snippet.
/// </summary>
internal static class ValidationSarif
{
    /// <summary>Rule of scenario errors: the scenario does not run.</summary>
    public const string ErrorRule = "scenario-error";

    /// <summary>Rule of scenario warnings: it runs, but a value looks wrong.</summary>
    public const string WarningRule = "scenario-warning";

    public static void Write(IReadOnlyList<FileVerdict> verdicts, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            Tool(w);
            w.WriteStartArray("results");
            foreach (var (_, gate) in verdicts)
            {
                foreach (var problem in gate.Errors.Concat(gate.Warnings)) Result(w, problem);
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void Tool(Utf8JsonWriter w)
    {
        var version = typeof(ValidationSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", CliApplication.ToolName);
        w.WriteString("version", plus < 0 ? version : version[..plus]);
        w.WriteStartArray("rules");
        Rule(w, ErrorRule, "A scenario value, key or YAML construct the simulator refuses; the scenario does not run.", "error");
        Rule(w, WarningRule, "A scenario setting that runs but is probably not what was meant.", "warning");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Rule(Utf8JsonWriter w, string id, string text, string level)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", text);
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", level);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter w, Problem p)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", p.IsWarning ? WarningRule : ErrorRule);
        w.WriteString("level", p.IsWarning ? "warning" : "error");
        w.WriteStartObject("message");
        w.WriteString("text", p.Path.Length > 0 ? $"{p.Path}: {p.FullMessage}" : p.FullMessage);
        w.WriteEndObject();
        // Problems with options and overrides (--set, --regime) have no file to point at.
        if (!p.File.StartsWith('-'))
        {
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", Uri(p.File));
            w.WriteEndObject();
            if (p.Line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", p.Line);
                w.WriteNumber("startColumn", Math.Max(1, p.Column));
                if (p.SourceLine is { } source)
                {
                    w.WriteStartObject("snippet");
                    w.WriteString("text", source);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
            if (p.Path.Length > 0)
            {
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("fullyQualifiedName", p.Path);
                w.WriteString("kind", "member");
                w.WriteEndObject();
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    // A relative path stays relative (SARIF resolves it against the working folder); an absolute one is a file: URI.
    private static string Uri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString);
        var relative = string.Join('/', segments);
        return Path.IsPathRooted(path) ? "file://" + (relative.StartsWith('/') ? "" : "/") + relative : relative;
    }
}
