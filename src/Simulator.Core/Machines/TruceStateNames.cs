namespace Simulator.Machines;

/// <summary>The snake_case spelling of truce states in outputs and diagrams.</summary>
public static class TruceStateNames
{
    /// <summary>The name of <paramref name="state"/>.</summary>
    public static string Name(TruceState state) => state switch
    {
        TruceState.Holding => "holding",
        TruceState.Strained => "strained",
        TruceState.Escalating => "escalating",
        _ => "collapsed",
    };
}
