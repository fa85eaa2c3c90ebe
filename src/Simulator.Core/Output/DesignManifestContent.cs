using Simulator.Model;

namespace Simulator.Output;

/// <summary>What a study's manifest (sweep.json, sample.json, sensitivity.json) records.</summary>
public sealed record DesignManifestContent
{
    /// <summary>The scenario file as the user named it.</summary>
    public required string ScenarioSource { get; init; }

    /// <summary>The first point's scenario (its name, seed and trials are every point's); null when the design is empty.</summary>
    public Scenario? FirstPoint { get; init; }

    /// <summary>The user's overrides, applied before each point's own.</summary>
    public required IReadOnlyList<string> Overrides { get; init; }

    /// <summary>The varied parameters' key paths.</summary>
    public required IReadOnlyList<string> Parameters { get; init; }

    /// <summary>Further string fields (design, method, …), written in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];

    /// <summary>Points in the design.</summary>
    public required int PointsRequested { get; init; }

    /// <summary>Points that finished (fewer when cancelled: the manifest then says partial).</summary>
    public required int PointsCompleted { get; init; }
}
