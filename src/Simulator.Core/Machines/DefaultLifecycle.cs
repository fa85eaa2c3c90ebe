using Simulator.Model;

namespace Simulator.Machines;

/// <summary>
/// The lifecycle every commitment has unless its scenario declares one:
/// in_force → alleged → confirmed → remedied → in_force, alleged → in_force on refutation or an
/// inconclusive verdict, confirmed → repudiated when no remedy comes, repudiated → remedied on a late
/// remedy. It has no state effects: the engine's own tension sources (tension.*) carry the strain.
/// </summary>
public static class DefaultLifecycle
{
    /// <summary>The name scenario files use for it.</summary>
    public const string Name = "default";

    /// <summary>The lifecycle.</summary>
    public static Lifecycle Instance { get; } = new()
    {
        Name = Name,
        Initial = "in_force",
        States =
        [
            new LifecycleState { Id = "in_force" },
            new LifecycleState { Id = "alleged" },
            new LifecycleState { Id = "confirmed" },
            new LifecycleState { Id = "remedied" },
            new LifecycleState { Id = "repudiated" },
        ],
        Transitions =
        [
            new LifecycleTransition { From = "in_force", Trigger = Trigger.ClaimFiled, To = "alleged" },
            new LifecycleTransition { From = "alleged", Trigger = Trigger.VerdictRefuted, To = "in_force" },
            new LifecycleTransition { From = "alleged", Trigger = Trigger.VerdictInconclusive, To = "in_force" },
            new LifecycleTransition { From = "alleged", Trigger = Trigger.VerdictConfirmed, To = "confirmed" },
            new LifecycleTransition { From = "confirmed", Trigger = Trigger.RemedyTaken, To = "remedied" },
            new LifecycleTransition { From = "confirmed", Trigger = Trigger.RemedyRefused, To = "repudiated" },
            new LifecycleTransition { From = "remedied", Trigger = Trigger.RemedyLapsed, To = "in_force" },
            new LifecycleTransition { From = "remedied", Trigger = Trigger.ClaimFiled, To = "alleged" },
            new LifecycleTransition { From = "repudiated", Trigger = Trigger.RemedyTaken, To = "remedied" },
        ],
    };
}
