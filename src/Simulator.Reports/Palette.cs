using ScottPlot;

namespace Simulator.Reports;

/// <summary>
/// The page's colours, each with one meaning everywhere: the Okabe–Ito palette (distinguishable with
/// the common colour-vision deficiencies) belongs to the regimes alone, by their position in the run,
/// in every chart and table; causes, verdicts and everything else take colours outside it, so a
/// regime's colour never means something else further down the page. Line patterns let regimes be
/// told apart in greyscale too.
/// </summary>
public static class Palette
{
    /// <summary>Hex colours in the order regimes get them; the baseline gets black.</summary>
    public static readonly string[] Hex = ["#000000", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"];

    /// <summary>Colours for categories that are not regimes (causes of collapse): Paul Tol's muted scheme, none of them a regime's.</summary>
    public static readonly string[] CategoryHex = ["#332288", "#88CCEE", "#44AA99", "#999933", "#DDCC77", "#CC6677", "#882255"];

    /// <summary>The causes beyond the drawn ones, together.</summary>
    public const string OtherCausesHex = "#E0E0E0";

    /// <summary>Verdict colours (confirmed, refuted, inconclusive), shared by the verification chart and the confusion tables.</summary>
    public static readonly string[] VerdictHex = ["#1B7837", "#762A83", "#BBBBBB"];

    /// <summary>Neutral ink for marks that belong to no regime (the initial state of a diagram, a bar of a parameter's effect).</summary>
    public const string NeutralHex = "#555555";

    /// <summary>Line patterns by regime position.</summary>
    public static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Solid, LinePattern.Dashed, LinePattern.DenselyDashed, LinePattern.Dotted];

    /// <summary>Colour of the regime at <paramref name="position"/>.</summary>
    public static Color Regime(int position) => Color.FromHex(Hex[position % Hex.Length]);

    /// <summary>Hex of the regime at <paramref name="position"/>.</summary>
    public static string RegimeHex(int position) => Hex[position % Hex.Length];

    /// <summary>Line pattern of the regime at <paramref name="position"/>.</summary>
    public static LinePattern Pattern(int position) => Patterns[position % Patterns.Length];

    /// <summary>Colour of verdict <paramref name="k"/> (0 confirmed, 1 refuted, 2 inconclusive).</summary>
    public static Color Verdict(int k) => Color.FromHex(VerdictHex[k]);

    /// <summary>Colour of the category at <paramref name="position"/>.</summary>
    public static Color Category(int position) => Color.FromHex(CategoryHex[position % CategoryHex.Length]);
}
