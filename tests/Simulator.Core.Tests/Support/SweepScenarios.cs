namespace Simulator.Tests.Support;

/// <summary>Small scenarios for sweep tests: the constant-hazard reference case with a second regime.</summary>
internal static class SweepScenarios
{
    /// <summary>constant-hazard.yaml (collapse on the first confirmed claim) with few trials and a second regime, <c>fast</c>.</summary>
    public static string TwoRegimes(int trials = 400, string extra = "")
    {
        var text = File.ReadAllText(RepoPaths.Of("scenarios", "reference", "constant-hazard.yaml"))
            .Replace("trials: 20000", $"trials: {trials}", StringComparison.Ordinal);
        return text + """
              - id: fast
                kind: third_party
                access: 1
                sensitivity: 0.6
                specificity: 1
                cost_per_claim: 2

            """ + extra;
    }
}
