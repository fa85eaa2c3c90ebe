namespace Simulator.Studies.Frontier;

/// <summary>A regime on the frontier with its efficiency marks.</summary>
/// <param name="Point">Where the regime sits.</param>
/// <param name="Efficient">No other regime costs no more and holds at least as often, one of the two strictly.</param>
/// <param name="EfficientWithIntrusiveness">The same with inspections per trial as a third thing to keep low.</param>
public sealed record FrontierEntry(FrontierPoint Point, bool Efficient, bool EfficientWithIntrusiveness);
