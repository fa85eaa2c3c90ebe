namespace Simulator.Model;

/// <summary>How a principal acts on verdicts, on its own beliefs and on being struck.</summary>
public sealed record ResponseBehaviour
{
    /// <summary>Probability of retaliating on a confirmed breach that the accused does not remedy.</summary>
    public required double RetaliateConfirmed { get; init; }

    /// <summary>Probability of retaliating on a claim it believes but that no verdict confirmed.</summary>
    public required double RetaliateBelieved { get; init; }

    /// <summary>Probability of striking back when struck.</summary>
    public required double CounterRetaliate { get; init; }

    /// <summary>Days it waits for a verdict before acting on its own belief.</summary>
    public required double PatienceDays { get; init; }

    /// <summary>Probability it accepts a refutation; otherwise it keeps believing its claim.</summary>
    public required double TrustInRegime { get; init; }

    /// <summary>Days between deciding to strike and the strike.</summary>
    public required double RetaliationDelayDays { get; init; }
    /// <summary>Probability it reads a refusal of access to its claim as confirmation (a breach the accused hides).</summary>
    public double RefusalAsConfirmation { get; init; }
}
