using System.Text.Json;
using Simulator.Output;
using Simulator.Output.Manifests;

namespace Simulator.Reports;

/// <summary>discovery.json as the report reads it: what was asked, the boxes and the peeling trajectory.</summary>
public sealed record DiscoveryData
{
    /// <summary>One trajectory step.</summary>
    public sealed record Step(int Box, int Number, double Coverage, double Density, double Mass, int Restricted, bool Chosen);

    /// <summary>One restricted parameter of a box.</summary>
    public sealed record Limit(string Parameter, double Lower, double Upper, double? QuasiP);

    /// <summary>One box.</summary>
    public sealed record Box(int Number, double Coverage, double Density, double Mass, IReadOnlyList<Limit> Limits);

    /// <summary>The question in words: "mediator_commission's diff_holds_horizon below 0".</summary>
    public required string Question { get; init; }

    /// <summary>Points analysed and how many were of interest.</summary>
    public required int Cases { get; init; }

    /// <summary>Points of interest.</summary>
    public required int CasesOfInterest { get; init; }

    /// <summary>The boxes in turn.</summary>
    public required IReadOnlyList<Box> Boxes { get; init; }

    /// <summary>Every trajectory step.</summary>
    public required IReadOnlyList<Step> Trajectory { get; init; }

    /// <summary>Reads discovery.json when the manifest lists it; throws <see cref="ReportInputException"/> when it is not one.</summary>
    public static DiscoveryData? TryRead(TrustedFolder folder)
    {
        if (!folder.Has(OutputFiles.Discovery)) return null;
        try
        {
            using var json = JsonDocument.Parse(folder.ReadAllBytes(OutputFiles.Discovery));
            var root = json.RootElement;
            var threshold = root.GetProperty("threshold").GetDouble();
            return new DiscoveryData
            {
                Question = $"{root.GetProperty("regime").GetString()}'s {root.GetProperty("column").GetString()} {root.GetProperty("condition").GetString()} {Words.Number(threshold, "0.####")}",
                Cases = root.GetProperty("cases").GetInt32(),
                CasesOfInterest = root.GetProperty("cases_of_interest").GetInt32(),
                Boxes = [.. root.GetProperty("boxes").EnumerateArray().Select(b => new Box(b.GetProperty("box").GetInt32(), b.GetProperty("coverage").GetDouble(),
                    b.GetProperty("density").GetDouble(), b.GetProperty("mass").GetDouble(),
                    [.. b.GetProperty("limits").EnumerateObject().Select(l => new Limit(l.Name, l.Value.GetProperty("lower").GetDouble(), l.Value.GetProperty("upper").GetDouble(),
                        b.GetProperty("quasi_p").TryGetProperty(l.Name, out var q) && q.ValueKind == JsonValueKind.Number ? q.GetDouble() : null))]))],
                Trajectory = [.. root.GetProperty("trajectory").EnumerateArray().Select(s => new Step(s.GetProperty("box").GetInt32(), s.GetProperty("step").GetInt32(),
                    s.GetProperty("coverage").GetDouble(), s.GetProperty("density").GetDouble(), s.GetProperty("mass").GetDouble(),
                    s.GetProperty("restricted").GetInt32(), s.GetProperty("chosen").GetBoolean()))],
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReportInputException($"{Path.Combine(folder.Folder, OutputFiles.Discovery)} is not a discovery file this version reads ({e.Message}).");
        }
    }
}
