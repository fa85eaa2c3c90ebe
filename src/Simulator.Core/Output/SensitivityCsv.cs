using System.Globalization;
using System.Text;
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
    public static string Format(SensitivityMethod method, SensitivityOutput output, IReadOnlyList<SensitivityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var r in rows)
        {
            var s = r.Sobol;
            var m = r.Morris;
            CsvText.Row(text,
                Name(method), Name(output), r.Regime, r.Rank.ToString(CultureInfo.InvariantCulture), r.Parameter.Path,
                "\"" + r.Parameter.Distribution.Describe().Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
                r.Groups.ToString(CultureInfo.InvariantCulture),
                CsvText.Number(s?.First), CsvText.Number(s?.FirstLower), CsvText.Number(s?.FirstUpper),
                CsvText.Number(s?.Total), CsvText.Number(s?.TotalLower), CsvText.Number(s?.TotalUpper),
                CsvText.Number(m?.MuStar), CsvText.Number(m?.MuStarLower), CsvText.Number(m?.MuStarUpper),
                CsvText.Number(m?.Mu), CsvText.Number(m?.Sigma));
        }
        return text.ToString();
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
