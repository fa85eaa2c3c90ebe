namespace Simulator.Cli.Rendering.Layout;

/// <summary>
/// Writes what a command prints on standard output as plain text fitted to a width, or as
/// Markdown: paragraphs wrapped at spaces, tables laid out by <see cref="TableWriter"/>.
/// </summary>
internal sealed class ConsolePage(TextWriter output, bool markdown, int width)
{
    public int Width => width;

    public void Paragraph(string text)
    {
        if (markdown)
        {
            output.WriteLine(text);
            return;
        }
        foreach (var line in TextWrap.Lines(text, width)) output.WriteLine(line);
    }

    public void Blank() => output.WriteLine();

    public void Table(TextTable table)
    {
        if (markdown)
        {
            output.WriteLine($"**{table.Title}**");
            output.WriteLine();
            foreach (var line in TableWriter.Markdown(table)) output.WriteLine(line);
            return;
        }
        foreach (var line in TextWrap.Lines(table.Title, width)) output.WriteLine(line);
        output.WriteLine();
        foreach (var line in TableWriter.Plain(table, width)) output.WriteLine(line);
    }
}
