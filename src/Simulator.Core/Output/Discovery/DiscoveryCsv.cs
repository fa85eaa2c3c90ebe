using System.Globalization;
using Simulator.Storage;
using Simulator.Studies.Discovery;

namespace Simulator.Output.Discovery;

/// <summary>
/// discovery.csv: one row per box and restricted parameter — <c>box</c>, <c>coverage</c>,
/// <c>density</c>, <c>mass</c>, <c>cases</c>, <c>cases_of_interest</c>, <c>parameter</c>,
/// <c>lower</c>, <c>upper</c>, <c>quasi_p</c>. The trajectory is in discovery.json.
/// </summary>
public static class DiscoveryCsv
{
    private static readonly string[] Header = ["box", "coverage", "density", "mass", "cases", "cases_of_interest", "parameter", "lower", "upper", "quasi_p"];

    /// <summary>The file's text.</summary>
    public static string Format(PrimResult result) => CsvFile.ToText(Header, csv => Rows(csv, result));

    /// <summary>Writes the file atomically.</summary>
    public static WrittenFile Write(string path, PrimResult result) => CsvFile.Write(path, Header, csv => Rows(csv, result));

    private static void Rows(nietras.SeparatedValues.SepWriter csv, PrimResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var box in result.Boxes)
        {
            string[] head = [box.Number.ToString(CultureInfo.InvariantCulture), CsvFile.Number(box.Coverage), CsvFile.Number(box.Density), CsvFile.Number(box.Mass),
                box.Cases.ToString(CultureInfo.InvariantCulture), box.CasesOfInterest.ToString(CultureInfo.InvariantCulture)];
            if (box.Restrictions.Count == 0) CsvFile.Row(csv, [.. head, "", "", "", ""]);
            foreach (var r in box.Restrictions)
            {
                CsvFile.Row(csv, [.. head, r.Name, CsvFile.Number(r.Lower), CsvFile.Number(r.Upper), CsvFile.Number(r.QuasiP)]);
            }
        }
    }
}
