using ScottPlot;

namespace Simulator.Reports;

/// <summary>
/// The Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), plus line
/// patterns so regimes can also be told apart in greyscale.
/// </summary>
public static class Palette
{
    /// <summary>Hex colours in the order regimes get them; the baseline gets black.</summary>
    public static readonly string[] Hex = ["#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"];

    /// <summary>Colours for categories that are not regimes (causes), starting away from black.</summary>
    public static readonly string[] CategoryHex = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];

    /// <summary>Line patterns by regime position.</summary>
    public static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Solid, LinePattern.Dashed, LinePattern.DenselyDashed, LinePattern.Dotted];

    /// <summary>Colour of the regime at <paramref name="position"/>.</summary>
    public static Color Regime(int position) => Color.FromHex(Hex[position % Hex.Length]);

    /// <summary>Hex of the regime at <paramref name="position"/>.</summary>
    public static string RegimeHex(int position) => Hex[position % Hex.Length];

    /// <summary>Line pattern of the regime at <paramref name="position"/>.</summary>
    public static LinePattern Pattern(int position) => Patterns[position % Patterns.Length];

    /// <summary>Colour of the category at <paramref name="position"/>.</summary>
    public static Color Category(int position) => Color.FromHex(CategoryHex[position % CategoryHex.Length]);
}
