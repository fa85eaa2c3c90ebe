using Simulator.Loading;
using static Simulator.Tests.Loading.ScenarioTexts;

namespace Simulator.Tests.Loading;

/// <summary>Declared lifecycles: references to states and triggers, determinism, reachability, dead ends.</summary>
public class ScenarioLoaderLifecycleTests
{
    private const string Transition = "      - { from: in_force, trigger: verdict_confirmed, to: breached }";

    [Fact]
    public void LoadText_InitialStateNotDeclared_SuggestsNearest()
    {
        var error = SingleError(With("initial: in_force", "initial: in_forse"));

        Assert.Equal("test.yaml:68:14: lifecycles.collapse_on_confirmation.initial: initial state 'in_forse' is not declared in states; did you mean 'in_force'?", error.ToString());
    }

    [Fact]
    public void LoadText_TransitionToUndeclaredState_IsError()
    {
        var error = SingleError(With(Transition, Transition + "\n      - { from: breached, trigger: remedy_taken, to: remedied }"));

        Assert.Equal("lifecycles.collapse_on_confirmation.transitions[1].to: state 'remedied' is not declared in states; expected one of: in_force, breached", $"{error.Path}: {error.FullMessage}");
    }

    [Fact]
    public void LoadText_TransitionFromUndeclaredState_IsError()
    {
        var error = SingleError(With(Transition, Transition + "\n      - { from: breachd, trigger: remedy_taken, to: in_force }"));

        Assert.Equal("lifecycles.collapse_on_confirmation.transitions[1].from: state 'breachd' is not declared in states; did you mean 'breached'?", $"{error.Path}: {error.FullMessage}");
    }

    [Fact]
    public void LoadText_UnknownTrigger_SuggestsNearestTrigger()
    {
        var error = SingleError(With("trigger: verdict_confirmed", "trigger: verdict_confirm"));

        Assert.Equal("test.yaml:74:36: lifecycles.collapse_on_confirmation.transitions[0].trigger: unknown value 'verdict_confirm'; did you mean 'verdict_confirmed'?", error.ToString());
    }

    [Fact]
    public void LoadText_TwoTransitionsForSameStateAndTrigger_IsError()
    {
        var error = SingleError(With(Transition, Transition + "\n      - { from: in_force, trigger: verdict_confirmed, to: in_force }"));

        Assert.Equal("test.yaml:75:9: lifecycles.collapse_on_confirmation.transitions[1]: lifecycles.collapse_on_confirmation.transitions[0] already leaves 'in_force' on 'verdict_confirmed'; a state has at most one transition per trigger", error.ToString());
    }

    [Fact]
    public void LoadText_UnreachableState_IsError()
    {
        var error = SingleError(With("        effects: { collapse: true }", "        effects: { collapse: true }\n      - id: orphan\n        effects: { collapse: true }"));

        Assert.Equal("test.yaml:73:9: lifecycles.collapse_on_confirmation.states[2]: state 'orphan' cannot be reached from the initial state 'in_force'; add a transition into it or remove it", error.ToString());
    }

    [Fact]
    public void LoadText_DeadEndStateWithoutCollapse_IsError()
    {
        var error = SingleError(With("        effects: { collapse: true }", "        effects: { add_tension: 1 }").Replace("escalating_at_level: 1", "escalating_at_level: 1\n  collapse_at_level: 2"));

        Assert.Equal("lifecycles.collapse_on_confirmation.states[1]: state 'breached' cannot be left (no transition leads out of it) and does not collapse the truce; add a transition from it, a re-entry with effects, or set effects.collapse: true", $"{error.Path}: {error.Message}");
    }

    [Fact]
    public void LoadText_CountingStateThatOnlyReentersWithEffects_IsAccepted()
    {
        var yaml = With("        effects: { collapse: true }", "        effects: { add_tension: 1 }")
            .Replace(Transition, Transition + "\n      - { from: breached, trigger: verdict_confirmed, to: breached }")
            .Replace("escalating_at_level: 1", "escalating_at_level: 1\n  collapse_at_tension: 3");

        var result = ScenarioLoader.LoadText(yaml, "test.yaml");

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void LoadText_LifecycleNamedDefault_IsReserved()
    {
        var error = SingleError(With("  collapse_on_confirmation:\n", "  default:\n").Replace("lifecycle: collapse_on_confirmation", "lifecycle: default"));

        Assert.Equal("test.yaml:67:3: lifecycles.default: the name 'default' is reserved for the built-in lifecycle; choose another name", error.ToString());
    }

    [Fact]
    public void LoadText_DuplicateStateIds_IsError()
    {
        var error = SingleError(With("      - id: breached\n", "      - id: breached\n        effects: { collapse: true }\n      - id: breached\n"));

        Assert.Equal("duplicate id 'breached'; lifecycles.collapse_on_confirmation.states[1].id already uses it", error.Message);
    }
}
