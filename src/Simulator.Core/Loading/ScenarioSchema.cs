namespace Simulator.Loading;

/// <summary>Every key of the scenario format (docs/scenario-format.md describes each).</summary>
internal static class ScenarioSchema
{
    private static readonly ScalarSchema V = ScalarSchema.Instance;
    private static readonly ScalarListSchema L = ScalarListSchema.Instance;

    public static readonly MapSchema Run = Map(("horizon_days", V), ("trials", V), ("seed", V), ("report_days", L), ("baseline_regime", V));

    public static readonly MapSchema Claims = Map(("claim_true_incident", V), ("misattribution", V), ("fabrication_rate", V), ("unfounded_kind", V));

    public static readonly MapSchema Responses = Map(("retaliate_confirmed", V), ("retaliate_believed", V), ("counter_retaliate", V),
        ("patience_days", V), ("trust_in_regime", V), ("retaliation_delay_days", V), ("refusal_as_confirmation", V));

    public static readonly MapSchema Remedy = Map(("probability", V), ("attack_reduction", V), ("duration_days", V));

    public static readonly MapSchema Principal = Map(("id", V), ("name", V), ("domestic_incident_rate", V),
        ("claims", Claims), ("responses", Responses), ("remedy", Remedy));

    public static readonly MapSchema Restraint = Map(("capacity", V), ("intent", V));

    public static readonly MapSchema Group = Map(("id", V), ("name", V), ("based_in", V), ("targets", V), ("attack_rate", V), ("restraint", Restraint));

    public static readonly MapSchema Mediator = Map(("id", V), ("name", V), ("regard", NamedValuesSchema.Instance));

    public static readonly MapSchema Effects = Map(("add_tension", V), ("add_escalation", V), ("collapse", V));

    public static readonly MapSchema State = Map(("id", V), ("effects", Effects));

    public static readonly MapSchema Transition = Map(("from", V), ("trigger", V), ("to", V));

    public static readonly MapSchema Lifecycle = Map(("initial", V), ("states", new ListSchema(State)), ("transitions", new ListSchema(Transition)));

    public static readonly MapSchema Commitment = Map(("id", V), ("name", V), ("owner", V), ("breached_by", L), ("lifecycle", V));

    public static readonly MapSchema Tension = Map(("half_life_days", V), ("believed_claim", V), ("unremedied_breach", V),
        ("retaliation", V), ("access_refusal", V));

    public static readonly MapSchema Escalation = Map(("attack_multiplier_per_level", V), ("decay_days", V), ("max_level", V));

    public static readonly MapSchema Deterrence = Map(("elasticity", V));

    public static readonly MapSchema Truce = Map(("strained_at_tension", V), ("escalating_at_level", V),
        ("collapse_at_tension", V), ("collapse_at_level", V));

    public static readonly MapSchema Delay = Map(("distribution", V), ("days", V), ("median_days", V), ("p90_days", V));

    public static readonly MapSchema TerritoryAccess = Map(("true_claim", V), ("unfounded_claim", V));

    public static readonly MapSchema Phase = Map(("from_day", V), ("access", V), ("access_by_territory", new NamedMapSchema(TerritoryAccess)),
        ("sensitivity", V), ("specificity", V), ("verdict_delay", Delay), ("capacity", V), ("cost_per_claim", V), ("cost_per_day", V));

    public static readonly MapSchema Regime = Map(("id", V), ("name", V), ("kind", V), ("members", L), ("access", V),
        ("access_by_territory", new NamedMapSchema(TerritoryAccess)), ("sensitivity", V), ("specificity", V), ("verdict_delay", Delay),
        ("capacity", V), ("cost_per_claim", V), ("cost_per_day", V), ("start_day", V), ("phases", new ListSchema(Phase)));

    public static readonly MapSchema Initial = Map(("tension", V), ("escalation_level", V), ("commitments", NamedValuesSchema.Instance));

    /// <summary>One varied parameter of the <c>sweep</c> section (docs/sweeps.md).</summary>
    public static readonly MapSchema SweepVary = Map(("path", V), ("values", L), ("from", V), ("to", V), ("step", V));

    /// <summary>The <c>sweep</c> section: parameters `sweep FILE` varies when no --vary is given.</summary>
    public static readonly MapSchema Sweep = Map(("vary", new ListSchema(SweepVary)));

    public static readonly MapSchema Root = Map(("name", V), ("description", V), ("run", Run),
        ("principals", new ListSchema(Principal)), ("armed_groups", new ListSchema(Group)), ("mediators", new ListSchema(Mediator)),
        ("lifecycles", new NamedMapSchema(Lifecycle)), ("commitments", new ListSchema(Commitment)),
        ("tension", Tension), ("escalation", Escalation), ("deterrence", Deterrence), ("truce", Truce), ("initial_state", Initial),
        ("regimes", new ListSchema(Regime)), ("sweep", Sweep));

    private static MapSchema Map(params (string Key, SchemaNode Node)[] keys) =>
        new(keys.Select(k => new KeyValuePair<string, SchemaNode>(k.Key, k.Node)).ToArray());
}
