namespace Simulator.Model;

/// <summary>The snake_case spelling of regime kinds, as in scenario files.</summary>
public static class RegimeKindNames
{
    /// <summary>The name of <paramref name="kind"/>.</summary>
    public static string Name(RegimeKind kind) => kind switch
    {
        RegimeKind.None => "none",
        RegimeKind.Mediators => "mediators",
        RegimeKind.Joint => "joint",
        _ => "third_party",
    };
}
