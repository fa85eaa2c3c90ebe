using System.Globalization;
using nietras.SeparatedValues;
using Simulator.Diagnostics;

namespace Simulator.Loading.Durations;

/// <summary>The row-by-row part of <see cref="DurationCsvReader"/>: header, filters, values, problems.</summary>
internal static class DurationRowReader
{
    /// <summary>Problems listed before the reader stops looking.</summary>
    private const int MaxProblems = 20;

    public static DurationReadResult Read(TextReader text, string file, DurationColumns columns, Func<string> sha256)
    {
        var problems = new List<Problem>();
        var rows = new List<ObservedDuration>();
        var read = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.Outer, DisableColCountCheck = true }).From(text);
            var names = reader.Header.ColNames;
            if (names.Count == 0 || names.All(n => n.Length == 0))
            {
                return new DurationReadResult(null, [Error(file, 1, "", "the file is empty; it needs a header line naming its columns, then one row per subject")]);
            }
            var index = Columns(file, names, columns, problems);
            if (problems.Count > 0) return new DurationReadResult(null, problems);
            foreach (var row in reader)
            {
                if (row.Span.Trim().IsEmpty) continue;
                if (++read > DurationCsvReader.MaxRows)
                {
                    problems.Add(Error(file, row.LineNumberFrom, "", $"more than {DurationCsvReader.MaxRows:N0} rows; data files are limited to that many"));
                    break;
                }
                if (Row(file, row, index, columns, problems) is { } kept) rows.Add(kept);
                if (problems.Count >= MaxProblems)
                {
                    problems.Add(Error(file, 0, "", $"stopped after {MaxProblems} problems"));
                    break;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException or IOException)
        {
            problems.Add(Error(file, 0, "", $"not readable as CSV: {e.Message.TrimEnd('.')}"));
        }
        if (problems.Count == 0 && rows.Count == 0)
        {
            var why = columns.Where.Count > 0 || columns.Groups.Count > 0 ? " that match the filters and groups asked for" : "";
            problems.Add(Error(file, 0, "", $"the file has no data rows{why}"));
        }
        return problems.Count > 0
            ? new DurationReadResult(null, problems)
            : new DurationReadResult(new DurationData { File = file, Sha256 = sha256(), RowsRead = read, Rows = rows, Columns = columns }, []);
    }

    private sealed record ColumnIndex(int Duration, int Event, int Group, IReadOnlyList<(int Index, string Value)> Where, int Needed);

    private static ColumnIndex Columns(string file, IReadOnlyList<string> names, DurationColumns columns, List<Problem> problems)
    {
        int Find(string name, string role)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == name) return i;
            }
            problems.Add(Error(file, 1, name, $"no column '{name}' ({role}) in the header{NameSuggester.Hint(name, names.ToArray())}"));
            return -1;
        }
        var duration = Find(columns.Duration, "--duration-column");
        var flag = Find(columns.Event, "--event-column");
        var group = columns.Group is null ? -1 : Find(columns.Group, "--group-column");
        var where = columns.Where.Select(w => (Find(w.Key, "--where"), w.Value)).ToArray();
        var needed = new[] { duration, flag, group }.Concat(where.Select(w => w.Item1)).Max() + 1;
        return new ColumnIndex(duration, flag, group, where, needed);
    }

    private static ObservedDuration? Row(string file, SepReader.Row row, ColumnIndex index, DurationColumns columns, List<Problem> problems)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount < index.Needed)
        {
            problems.Add(Error(file, line, "", $"the row has {row.ColCount} column(s); the header names at least {index.Needed} and the columns asked for need them"));
            return null;
        }
        foreach (var (i, value) in index.Where)
        {
            if (!row[i].Span.SequenceEqual(value)) return null;
        }
        var group = index.Group < 0 ? "" : row[index.Group].ToString();
        if (columns.Groups.Count > 0 && !columns.Groups.Contains(group)) return null;
        var ok = true;
        var durationText = row[index.Duration].Span;
        if (!double.TryParse(durationText, NumberStyles.Float, CultureInfo.InvariantCulture, out var duration) || !double.IsFinite(duration))
        {
            problems.Add(Error(file, line, columns.Duration, $"'{durationText}' is not a number; durations are finite numbers ≥ 0 in {columns.TimeUnit.Name()}"));
            ok = false;
        }
        else if (duration < 0)
        {
            problems.Add(Error(file, line, columns.Duration, $"{durationText} is negative; durations are ≥ 0 ({columns.TimeUnit.Name()})"));
            ok = false;
        }
        var flag = row[index.Event].Span;
        var isEvent = flag is "1";
        if (!isEvent && flag is not "0")
        {
            problems.Add(Error(file, line, columns.Event, $"'{flag}' is not an event flag; it must be 1 (the event happened) or 0 (censored)"));
            ok = false;
        }
        return ok ? new ObservedDuration(duration * columns.TimeUnit.Days(), isEvent, group, line) : null;
    }

    private static Problem Error(string file, int line, string column, string message) =>
        new() { File = file, Line = line, Column = line > 0 ? 1 : 0, Path = column, Message = message };
}
