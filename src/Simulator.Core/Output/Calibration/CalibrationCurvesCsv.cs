using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Simulator.Studies.Calibration;

namespace Simulator.Output.Calibration;

/// <summary>
/// calibration-curves.csv: per group, the data's Kaplan–Meier curve with its 95% band at every
/// distinct observed time (curve = data) and the fitted model's curve with its band on a grid from
/// day 0 to the horizon (curve = model). What the report's calibration chart draws.
/// </summary>
public static class CalibrationCurvesCsv
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["group", "regime", "curve", "day", "survival", "lower95", "upper95"];

    /// <summary>The CSV text.</summary>
    public static string Format(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        using (var writer = new Sep(',').Writer(o => o with { Escape = true }).To(text))
        {
            foreach (var group in result.Groups)
            {
                Write(writer, group, "data", group.DataCurve);
                Write(writer, group, "model", group.ModelCurve);
            }
            if (result.Groups.Count == 0) writer.Header.Add(Columns.ToArray());
        }
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static void Write(SepWriter writer, GroupFit group, string curve, IReadOnlyList<BandPoint> points)
    {
        foreach (var p in points)
        {
            using var row = writer.NewRow();
            row["group"].Set(group.Value);
            row["regime"].Set(group.Regime);
            row["curve"].Set(curve);
            row["day"].Set(N(p.Day));
            row["survival"].Set(N(p.Survival));
            row["lower95"].Set(N(p.Lower));
            row["upper95"].Set(N(p.Upper));
        }
    }

    private static string N(double value) => OutputNumber.Text(value);
}
