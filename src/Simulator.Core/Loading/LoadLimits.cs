namespace Simulator.Loading;

/// <summary>Limits that keep a hostile or broken scenario file from exhausting time or memory.</summary>
internal static class LoadLimits
{
    /// <summary>Largest file accepted, checked before parsing.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes the document may have with every alias expanded ("billion laughs" guard).</summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>List sizes.</summary>
    public const int MaxGroups = 64, MaxMediators = 64, MaxCommitments = 64, MaxRegimes = 32,
        MaxStates = 64, MaxTransitions = 704, MaxLifecycles = 64, MaxReportDays = 32, MaxMembers = 64, MaxPhases = 16;
}
