using Simulator.Model;
namespace Simulator.Loading;

/// <summary>
/// Maps a document tree to the domain <see cref="Scenario"/>, by hand, so every value is checked
/// with its exact position. It never stops at a problem: each getter reports and falls back, and
/// the scenario is returned only when no error was reported.
/// Split by concern: this file (top level), .Run, .Parties, .Lifecycles, .Regimes, .Rules. Rules that span
/// sections (rates, endless strikes, work per trial) are the validation gate's (Simulator.Validation).
/// </summary>
internal sealed partial class ScenarioMapper
{
    private readonly ErrorSink _sink;

    // Ids of each list, parallel to its items, for reference resolution and suggestions.
    private readonly IdSet _principalIds = new();
    private readonly IdSet _mediatorIds = new();
    private readonly IdSet _regimeIds = new();

    private ScenarioMapper(ErrorSink sink)
    {
        _sink = sink;
    }

    /// <summary>The scenario, or null when any error was reported (errors and warnings are in <paramref name="sink"/>).</summary>
    public static Scenario? Map(DocNode root, ErrorSink sink) => new ScenarioMapper(sink).MapRoot(root);

    private Scenario? MapRoot(DocNode root)
    {
        if (root is not MappingNode rootMapping)
        {
            _sink.Error(root, "", $"expected a mapping of scenario keys (name, run, principals, regimes, …), found {root.Describe()}");
            return null;
        }
        var r = new MappingReader(rootMapping, "", _sink, ScenarioSchema.Root);
        var name = r.Text("name", required: true) ?? "";
        var description = r.Text("description", required: false) ?? "";
        var run = MapRun(r);
        var principals = MapPrincipals(r);
        var groups = MapGroups(r);
        var mediators = MapMediators(r);
        var lifecycles = MapLifecycles(r);
        var commitments = MapCommitments(r, lifecycles);
        var tension = MapTension(r);
        var escalation = MapEscalation(r);
        var deterrence = MapDeterrence(r);
        var truce = MapTruce(r);
        var initial = MapInitial(r, commitments);
        var regimes = MapRegimes(r);
        var baseline = ResolveBaseline(run);

        var scenario = new Scenario
        {
            Name = name,
            Description = description,
            HorizonDays = run.HorizonDays,
            Trials = run.Trials,
            Seed = run.Seed,
            ReportDays = run.ReportDays,
            Principals = principals,
            Groups = groups,
            Mediators = mediators,
            Commitments = commitments,
            Tension = tension,
            Escalation = escalation,
            Deterrence = deterrence,
            Truce = truce,
            Regimes = regimes,
            Initial = initial,
            BaselineRegime = baseline,
        };
        return _sink.HasErrors ? null : scenario;
    }
}
