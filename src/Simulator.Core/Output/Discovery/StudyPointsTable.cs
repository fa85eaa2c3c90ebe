using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Output;

namespace Simulator.Output.Discovery;

/// <summary>
/// sweep.csv or sample.csv read back (the columns <see cref="PointsCsv"/> writes): the parameter
/// columns are those between <c>point</c> and <c>regime</c>; the rest are outputs, read as numbers.
/// A parameter value that is not a finite number is refused with its line and column.
/// </summary>
/// <param name="File">The file's name (for messages).</param>
/// <param name="ParameterNames">Key paths of the varied parameters.</param>
/// <param name="OutputColumns">The output columns (holds_30, rmst, diff_holds_horizon…).</param>
/// <param name="Rows">Every row, in file order.</param>
public sealed record StudyPointsTable(string File, IReadOnlyList<string> ParameterNames, IReadOnlyList<string> OutputColumns, IReadOnlyList<StudyPointRow> Rows)
{
    /// <summary>Most rows read (the designs' limit of points times regimes is far below).</summary>
    public const int MaxRows = 10_000_000;

    /// <summary>Reads the table; throws <see cref="FormatException"/> naming the file, line and column of what is wrong.</summary>
    public static StudyPointsTable Read(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).From(stream);
        var header = reader.Header.ColNames.ToArray();
        var regimeAt = Array.IndexOf(header, "regime");
        if (header.Length == 0 || header[0] != "point" || regimeAt < 1 || Array.IndexOf(header, "baseline") != regimeAt + 1)
        {
            throw new FormatException($"{file}: line 1 is not the header of a sweep or sample (point, the parameters, regime, baseline, …)");
        }
        var parameters = header[1..regimeAt];
        var outputs = header[(regimeAt + 2)..];
        var rows = new List<StudyPointRow>();
        var line = 1;
        foreach (var row in reader)
        {
            line++;
            if (rows.Count >= MaxRows) throw new FormatException($"{file}: more than {MaxRows:N0} rows");
            if (row.ColCount < header.Length) throw new FormatException($"{file}: line {line} has {row.ColCount} fields; the header has {header.Length}");
            if (!int.TryParse(row[0].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var point))
            {
                throw new FormatException($"{file}: line {line}, column point: '{row[0].ToString()}' is not a point number");
            }
            var values = new double[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var text = row[i + 1].ToString();
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                {
                    throw new FormatException($"{file}: line {line}, column {parameters[i]}: '{text}' is not a number (discovery and robustness need numeric parameters)");
                }
            }
            var outputValues = new Dictionary<string, double?>(outputs.Length, StringComparer.Ordinal);
            for (var i = 0; i < outputs.Length; i++)
            {
                var span = row[regimeAt + 2 + i].Span;
                outputValues[outputs[i]] = double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
            }
            rows.Add(new StudyPointRow(line, point, values, row[regimeAt].ToString(), row[regimeAt + 1].ToString(), outputValues));
        }
        return new StudyPointsTable(file, parameters, outputs, rows);
    }

    /// <summary>The report days the file has columns for (holds_&lt;day&gt;), in column order.</summary>
    public IReadOnlyList<double> Days => [.. OutputColumns
        .Where(c => c.StartsWith("holds_", StringComparison.Ordinal) && !c.EndsWith("_lower", StringComparison.Ordinal) && !c.EndsWith("_upper", StringComparison.Ordinal))
        .Select(c => double.TryParse(c["holds_".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN)
        .Where(double.IsFinite)];

    /// <summary>The regimes in order of first appearance.</summary>
    public IReadOnlyList<string> Regimes => [.. Rows.Select(r => r.Regime).Distinct()];
}
