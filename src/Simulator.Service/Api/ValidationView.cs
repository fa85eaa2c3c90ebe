namespace Simulator.Service.Api;

/// <summary>POST /api/validate: what `validate` says of a submission, and what it would run.</summary>
/// <param name="Valid">True when POST /api/runs would accept it.</param>
/// <param name="Problems">Every problem (empty when valid).</param>
/// <param name="Warnings">Warnings (the scenario still runs).</param>
/// <param name="Regimes">Every regime of the scenario, with whether the submission runs it (empty when invalid).</param>
/// <param name="Trials">Trials per regime it would run (null when invalid).</param>
/// <param name="Seed">Master seed it would use (null when invalid).</param>
/// <param name="Horizon">Horizon in days (null when invalid).</param>
public sealed record ValidationView(bool Valid, IReadOnlyList<ProblemView> Problems, IReadOnlyList<ProblemView> Warnings,
    IReadOnlyList<RegimeView> Regimes, long? Trials, ulong? Seed, double? Horizon);
