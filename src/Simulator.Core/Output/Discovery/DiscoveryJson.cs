using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Storage;
using Simulator.Studies.Discovery;

namespace Simulator.Output.Discovery;

/// <summary>
/// discovery.json (docs/output-format.md › discovery.json): what was asked (folder file, regime,
/// output column, condition), the PRIM settings, the boxes (coverage, density, mass, the limits of
/// the restricted parameters only, their quasi-p-values) and the peeling trajectory of every box.
/// Fixed key order, no clock time: the same points give the same bytes. Non-finite numbers are null.
/// </summary>
public static class DiscoveryJson
{
    /// <summary>Schema version of the file.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The JSON text, indented, ending with a newline.</summary>
    public static string Render(DiscoveryQuestion question, PrimOptions options, PrimResult result)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schema_version", SchemaVersion);
            w.WriteString("points_file", question.PointsFile);
            w.WriteBoolean("partial", question.Partial);
            w.WriteString("regime", question.Regime);
            w.WriteString("output", question.Output);
            w.WriteString("column", question.Column);
            w.WriteString("condition", question.Condition);
            OutputNumber.WriteJson(w, "threshold", question.Threshold);
            w.WriteStartArray("parameters");
            foreach (var p in question.Parameters) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteStartObject("prim");
            OutputNumber.WriteJson(w, "peel_alpha", options.PeelAlpha);
            OutputNumber.WriteJson(w, "paste_alpha", options.PasteAlpha);
            OutputNumber.WriteJson(w, "min_mass", options.MinMass);
            OutputNumber.WriteJson(w, "min_coverage", options.MinCoverage);
            w.WriteNumber("max_boxes", options.MaxBoxes);
            w.WriteEndObject();
            w.WriteNumber("cases", result.Cases);
            w.WriteNumber("cases_of_interest", result.CasesOfInterest);
            w.WriteStartArray("boxes");
            foreach (var box in result.Boxes) WriteBox(w, box);
            w.WriteEndArray();
            w.WriteStartArray("trajectory");
            foreach (var s in result.Trajectory)
            {
                w.WriteStartObject();
                w.WriteNumber("box", s.Box);
                w.WriteNumber("step", s.Step);
                OutputNumber.WriteJson(w, "coverage", s.Coverage);
                OutputNumber.WriteJson(w, "density", s.Density);
                OutputNumber.WriteJson(w, "mass", s.Mass);
                w.WriteNumber("restricted", s.Restricted);
                w.WriteBoolean("chosen", s.Chosen);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile Write(string path, DiscoveryQuestion question, PrimOptions options, PrimResult result) =>
        AtomicFile.WriteAllText(path, Render(question, options, result));

    private static void WriteBox(Utf8JsonWriter w, PrimBox box)
    {
        w.WriteStartObject();
        w.WriteNumber("box", box.Number);
        OutputNumber.WriteJson(w, "coverage", box.Coverage);
        OutputNumber.WriteJson(w, "density", box.Density);
        OutputNumber.WriteJson(w, "mass", box.Mass);
        w.WriteNumber("cases", box.Cases);
        w.WriteNumber("cases_of_interest", box.CasesOfInterest);
        w.WriteStartObject("limits");
        foreach (var r in box.Restrictions)
        {
            w.WriteStartObject(r.Name);
            OutputNumber.WriteJson(w, "lower", r.Lower);
            OutputNumber.WriteJson(w, "upper", r.Upper);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("quasi_p");
        foreach (var r in box.Restrictions) OutputNumber.WriteJson(w, r.Name, r.QuasiP);
        w.WriteEndObject();
        w.WriteEndObject();
    }


    /// <summary>A number as the file writes it (for the console and tests).</summary>
    public static string Text(double value) => OutputNumber.Text(value);
}
