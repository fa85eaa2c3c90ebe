using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Storage;
using Simulator.Studies.Sensitivity;

namespace Simulator.Output;

/// <summary>
/// sensitivity.csv (docs/sweeps.md): one row per regime and parameter, ranked. Columns:
/// <c>method,output,regime,rank,parameter,distribution,groups,s1,s1_lower,s1_upper,st,st_lower,st_upper,mu_star,mu_star_lower,mu_star_upper,mu,sigma</c>;
/// the columns of the other method are empty. Intervals are 95 % percentile bootstrap intervals.
/// </summary>
public static class SensitivityCsv
{
    /// <summary>The header, exactly.</summary>
    public const string Header = "method,output,regime,rank,parameter,distribution,groups,s1,s1_lower,s1_upper,st,st_lower,st_upper,mu_star,mu_star_lower,mu_star_upper,mu,sigma";

    /// <summary>The CSV text.</summary>
    public static string Format(SensitivityMethod method, SensitivityOutput output, IReadOnlyList<SensitivityRow> rows) =>
        CsvFile.ToText(CsvFile.Columns(Header), csv => Write(csv, method, output, rows));

    /// <summary>Writes the CSV atomically.</summary>
    public static WrittenFile Write(string path, SensitivityMethod method, SensitivityOutput output, IReadOnlyList<SensitivityRow> rows) =>
        CsvFile.Write(path, CsvFile.Columns(Header), csv => Write(csv, method, output, rows));

    private static void Write(SepWriter csv, SensitivityMethod method, SensitivityOutput output, IReadOnlyList<SensitivityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var r in rows)
        {
            var s = r.Sobol;
            var m = r.Morris;
            CsvFile.Row(csv,
                Name(method), Name(output), r.Regime, r.Rank.ToString(CultureInfo.InvariantCulture), r.Parameter.Path,
                r.Parameter.Distribution.Describe(),
                r.Groups.ToString(CultureInfo.InvariantCulture),
                CsvFile.Number(s?.First), CsvFile.Number(s?.FirstLower), CsvFile.Number(s?.FirstUpper),
                CsvFile.Number(s?.Total), CsvFile.Number(s?.TotalLower), CsvFile.Number(s?.TotalUpper),
                CsvFile.Number(m?.MuStar), CsvFile.Number(m?.MuStarLower), CsvFile.Number(m?.MuStarUpper),
                CsvFile.Number(m?.Mu), CsvFile.Number(m?.Sigma));
        }
    }

    /// <summary>The method as written on the command line and in the CSV.</summary>
    public static string Name(SensitivityMethod method) => method == SensitivityMethod.Sobol ? "sobol" : "morris";

    /// <summary>The output as written on the command line and in the CSV.</summary>
    public static string Name(SensitivityOutput output) => output switch
    {
        SensitivityOutput.Holds => "holds",
        SensitivityOutput.Rmst => "rmst",
        _ => "paired",
    };
}
