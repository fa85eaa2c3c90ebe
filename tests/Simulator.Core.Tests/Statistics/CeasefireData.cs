using System.Globalization;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

/// <summary>
/// Loads shared/data/civil-war-ceasefires.csv, found by walking up from the test's output folder to
/// a sibling <c>shared/data</c> folder (the data lives beside the worktrees, not in the repository).
/// </summary>
internal static class CeasefireData
{
    public const string FileName = "civil-war-ceasefires.csv";

    /// <summary>The file's path, or null when no shared/data folder holds it.</summary>
    public static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Post-Cold-War ceasefires with (peacekeepers = 1) or without, times in years of 365.24 days.</summary>
    public static SurvivalTable PostColdWar(string path, bool peacekeepers, double daysPerUnit = 365.24)
    {
        var times = new List<double>();
        var events = new List<bool>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',').Select(s => s.Trim('"')).ToArray();
            if (f[5] != "1" || (f[4] == "1") != peacekeepers) continue;
            times.Add(double.Parse(f[2], CultureInfo.InvariantCulture) / daysPerUnit);
            events.Add(f[3] == "1");
        }
        return SurvivalTable.FromObservations(times, events);
    }
}
