using Simulator.Cli.Rendering.Layout;

namespace Simulator.Cli.Tests.Rendering.Layout;

public class TableWriterTests
{
    private static TextTable Wide()
    {
        var table = new TextTable("Holding").Column("Regime");
        for (var day = 1; day <= 6; day++) table.Right($"Holds at {day * 30} d");
        table.Row(["status_quo", .. Enumerable.Range(1, 6).Select(d => $"{90 - d}.0% (80.1–90.2)")]);
        table.Row(["third_party_full_access", .. Enumerable.Range(1, 6).Select(d => $"{99 - d}.5% (97.0–99.9)")]);
        return table;
    }

    [Fact]
    public void Plain_TableThatFits_IsOneTableWithoutTrailingSpaces()
    {
        var lines = TableWriter.Plain(Wide(), 200);

        Assert.Equal(4, lines.Count); // header, rule, two rows
        Assert.All(lines, l => Assert.False(l.EndsWith(' '), $"'{l}' ends in a space"));
        Assert.Contains("third_party_full_access", lines[3]);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(60)]
    public void Plain_NarrowWidth_StacksColumnsRepeatingTheKeyAndFitsEveryLine(int width)
    {
        var lines = TableWriter.Plain(Wide(), width);

        Assert.All(lines, l => Assert.True(l.Length <= width, $"'{l}' is {l.Length} wide"));
        Assert.All(lines, l => Assert.False(l.EndsWith(' ')));
        var headers = lines.Where(l => l.TrimStart().StartsWith("Regime", StringComparison.Ordinal)).ToList();
        Assert.True(headers.Count >= 2, "the key column heads every stacked table");
        for (var day = 1; day <= 6; day++) Assert.Single(lines, l => l.Contains($"Holds at {day * 30} d", StringComparison.Ordinal));
        Assert.Equal(headers.Count, lines.Count(l => l.Contains("third_party_full_access", StringComparison.Ordinal)));
    }

    [Fact]
    public void Plain_StackedTables_AreBalanced()
    {
        var lines = TableWriter.Plain(Wide(), 110);
        var perTable = lines.Where(l => l.TrimStart().StartsWith("Regime", StringComparison.Ordinal))
            .Select(l => l.Split("Holds at").Length - 1).ToList();

        Assert.Equal(6, perTable.Sum());
        Assert.True(perTable.Max() - perTable.Min() <= 1, string.Join(",", perTable));
    }

    [Fact]
    public void Plain_TooNarrowForOneColumnBesideTheKey_TransposesToOneBlockPerRow()
    {
        var lines = TableWriter.Plain(Wide(), 40);

        Assert.All(lines, l => Assert.True(l.Length <= 40, $"'{l}' is {l.Length} wide"));
        Assert.Equal("status_quo", lines[0]);
        Assert.StartsWith("  Holds at 30 d:", lines[1], StringComparison.Ordinal);
        Assert.Contains("third_party_full_access", lines);
    }

    [Fact]
    public void Plain_TransposedRowWithBlankKey_ContinuesTheRowAbove()
    {
        var table = new TextTable("Causes", keyColumns: 2).Column("Regime").Column("Cause").Right("Share of collapses in the long run");
        table.Row("status_quo", "ceasefire:retaliation", "60.0%");
        table.Row("", "no_sanctuary:retaliation", "40.0%");

        var lines = TableWriter.Plain(table, 50);

        Assert.Contains("Regime status_quo, Cause no_sanctuary:retaliation", lines);
    }

    [Fact]
    public void Markdown_IsAPipeTableWithAlignmentRowAndEscapedPipes()
    {
        var table = new TextTable("T").Column("Regime").Right("Value");
        table.Row("a|b", "1");

        var lines = TableWriter.Markdown(table);

        Assert.All(lines, l => Assert.StartsWith("|", l, StringComparison.Ordinal));
        Assert.Matches(@"^\| :-+ \| -+: \|$", lines[1]);
        Assert.Contains(@"a\|b", lines[2]);
    }

    [Fact]
    public void TextWrap_BreaksAtSpacesWithinTheWidth()
    {
        var lines = TextWrap.Lines("When truces collapse: days by which 25%, 50%, 75% have collapsed", 20);

        Assert.All(lines, l => Assert.True(l.Length <= 20));
        Assert.Equal("When truces collapse: days by which 25%, 50%, 75% have collapsed", string.Join(' ', lines));
    }

    [Theory]
    [InlineData("80", 80)]
    [InlineData("5", TerminalWidth.Minimum)]
    [InlineData("wide", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FromColumns_ReadsAPositiveWholeNumber(string? value, int? expected)
    {
        Assert.Equal(expected, TerminalWidth.FromColumns(value));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Width_PredictsTheWidthSpectreDraws(int seed)
    {
        var random = new Random(seed);
        string Text() => new(Enumerable.Range(0, random.Next(0, 25)).Select(_ => "ab–±×% .()0123456789éΩ"[random.Next(22)]).ToArray());
        for (var trial = 0; trial < 20; trial++)
        {
            var columns = random.Next(1, 7);
            var table = new TextTable("T", keyColumns: 1);
            for (var c = 0; c < columns; c++) table.Column(Text(), right: random.Next(2) == 0);
            for (var r = random.Next(0, 4); r > 0; r--) table.Row(Enumerable.Range(0, columns).Select(_ => Text()));
            var subset = Enumerable.Range(0, columns).Where(_ => random.Next(3) > 0).DefaultIfEmpty(0).ToArray();

            Assert.Equal(TableWriter.RenderedWidth(table, subset), TableWriter.Width(table, subset));
        }
    }

    [Fact]
    public void Width_OfWideCharacters_IsMeasuredBySpectre()
    {
        var table = new TextTable("T").Column("Regime").Right("値");
        table.Row("停戦", "１２");

        Assert.Equal(TableWriter.RenderedWidth(table, [0, 1]), TableWriter.Width(table, [0, 1]));
    }
}
