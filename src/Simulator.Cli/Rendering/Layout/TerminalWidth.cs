using System.Globalization;

namespace Simulator.Cli.Rendering.Layout;

/// <summary>
/// How wide console text may be: the terminal's width when standard output is one, else the
/// <c>COLUMNS</c> environment variable, else <see cref="Default"/> (a log, a pipe, a file).
/// </summary>
internal static class TerminalWidth
{
    /// <summary>Width when the output is not a terminal and COLUMNS is not set.</summary>
    public const int Default = 120;

    /// <summary>Narrowest width honoured: below it no table can be read anyway.</summary>
    public const int Minimum = 20;

    public static int For(TextWriter output)
    {
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
        {
            try
            {
                if (Console.WindowWidth > 0) return Math.Max(Minimum, Console.WindowWidth);
            }
            catch (IOException)
            {
                // No usable terminal after all: fall through to COLUMNS.
            }
        }
        return FromColumns(Environment.GetEnvironmentVariable("COLUMNS")) ?? Default;
    }

    /// <summary>The width COLUMNS asks for; null when it is not a positive whole number.</summary>
    public static int? FromColumns(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? Math.Max(Minimum, columns)
            : null;
}
