using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Diagnostics;

namespace Simulator.Cli.Rendering.Validation;

/// <summary>
/// <c>validate --format json</c>: one document, <c>{ "valid": …, "files": [ { "file", "valid", "errors", "warnings", … } ] }</c>,
/// each problem with its severity, file, line, column, path, message and help (docs/command-line.md).
/// </summary>
internal static class ValidationJson
{
    public static void Write(IReadOnlyList<FileVerdict> verdicts, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", verdicts.All(v => v.Gate.Passed));
            w.WriteStartArray("files");
            foreach (var (file, gate) in verdicts)
            {
                w.WriteStartObject();
                w.WriteString("file", file);
                w.WriteBoolean("valid", gate.Passed);
                if (gate.Scenario is { } s)
                {
                    w.WriteString("scenario", s.Name);
                    w.WriteNumber("regimes", s.Regimes.Count);
                    w.WriteNumber("commitments", s.Commitments.Count);
                    w.WriteNumber("armed_groups", s.Groups.Count);
                }
                Problems(w, "errors", gate.Errors);
                Problems(w, "warnings", gate.Warnings);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void Problems(Utf8JsonWriter w, string name, IReadOnlyList<Problem> problems)
    {
        w.WriteStartArray(name);
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("severity", p.IsWarning ? "warning" : "error");
            w.WriteString("file", p.File);
            w.WriteNumber("line", p.Line);
            w.WriteNumber("column", p.Column);
            w.WriteString("path", p.Path);
            w.WriteString("message", p.Message);
            if (p.Help is null) w.WriteNull("help");
            else w.WriteString("help", p.Help);
            if (p.SourceLine is null) w.WriteNull("source_line");
            else w.WriteString("source_line", p.SourceLine);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
