using Simulator.Model;
namespace Simulator.Loading;

internal sealed partial class ScenarioMapper
{
    private const int MaxLevel = 1000;

    // Sections tension, escalation and deterrence may be omitted: every source is then 0 (mechanism off).
    private TensionRules MapTension(MappingReader root)
    {
        var r = root.Mapping("tension", required: false);
        return new TensionRules
        {
            HalfLifeDays = r?.OptionalNumber("half_life_days", NumberRange.PositiveDays),
            BelievedClaim = r?.Number("believed_claim", NumberRange.NonNegative, 0) ?? 0,
            UnremediedBreach = r?.Number("unremedied_breach", NumberRange.NonNegative, 0) ?? 0,
            Retaliation = r?.Number("retaliation", NumberRange.NonNegative, 0) ?? 0,
            AccessRefusal = r?.Number("access_refusal", NumberRange.NonNegative, 0) ?? 0,
        };
    }

    private EscalationRules MapEscalation(MappingReader root)
    {
        var r = root.Mapping("escalation", required: false);
        return new EscalationRules
        {
            AttackMultiplierPerLevel = r?.Number("attack_multiplier_per_level", NumberRange.NonNegative, 0) ?? 0,
            DecayDays = r?.OptionalNumber("decay_days", NumberRange.PositiveDays),
            MaxLevel = (int?)r?.Integer("max_level", 1, MaxLevel, required: false),
        };
    }

    private DeterrenceRules MapDeterrence(MappingReader root)
    {
        var r = root.Mapping("deterrence", required: false);
        return new DeterrenceRules { Elasticity = r?.Number("elasticity", NumberRange.Fraction, 0) ?? 0 };
    }

    // The truce thresholds have no neutral default, so the section and its two state thresholds are required.
    private TruceRules MapTruce(MappingReader root)
    {
        if (root.Mapping("truce", required: true) is not { } r)
        {
            return new TruceRules { StrainedAtTension = 0, EscalatingAtLevel = 1 };
        }
        return new TruceRules
        {
            StrainedAtTension = r.RequiredNumber("strained_at_tension", NumberRange.NonNegative),
            EscalatingAtLevel = (int)(r.Integer("escalating_at_level", 1, MaxLevel, required: true) ?? 1),
            CollapseAtTension = r.OptionalNumber("collapse_at_tension", NumberRange.Positive),
            CollapseAtLevel = (int?)r.Integer("collapse_at_level", 1, MaxLevel, required: false),
        };
    }
}
