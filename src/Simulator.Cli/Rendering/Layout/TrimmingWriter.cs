using System.Text;

namespace Simulator.Cli.Rendering.Layout;

/// <summary>
/// Passes text on line by line without the spaces a line ends in (System.CommandLine pads its help
/// columns), so no console output ends in spaces.
/// </summary>
internal sealed class TrimmingWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            inner.Write(Trimmed() + "\n");
            return;
        }
        if (value != '\r') _line.Append(value);
    }

    public override void Flush()
    {
        if (_line.Length > 0) inner.Write(Trimmed());
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    private string Trimmed()
    {
        var text = _line.ToString().TrimEnd(' ');
        _line.Clear();
        return text;
    }
}
