using System.Reflection;

namespace Simulator.Engine;

/// <summary>The engine's version, written into every summary so results can be traced to code.</summary>
public static class EngineVersion
{
    /// <summary>The informational version of Simulator.Core (e.g. "0.2.0").</summary>
    public static string Current { get; } =
        typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";
}
