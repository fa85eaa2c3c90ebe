using System.Globalization;
using Simulator.Statistics;

namespace Simulator.Tests.Statistics;

/// <summary>Loads data/civil-war-ceasefires.csv (shipped with the repository; see data/README.md).</summary>
internal static class CeasefireData
{
    public const string FileName = "civil-war-ceasefires.csv";

    /// <summary>The file's path in the repository.</summary>
    public static string Locate() => Support.RepoPaths.Of("data", FileName);

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
