using Simulator.Model;

namespace Simulator.Engine;

/// <summary>
/// Names collapse causes: a (commitment, trigger) pair, the trigger whose effect tipped the truce
/// and the commitment it concerned. Truce-level causes (no commitment) use the pseudo-commitment
/// "truce". Ids are dense: (commitmentIndex + 1) × triggers + trigger.
/// </summary>
public sealed class CauseCatalog
{
    private readonly string[] _names;

    /// <summary>Builds the catalogue for a scenario's commitments.</summary>
    public CauseCatalog(Scenario scenario)
    {
        var count = (scenario.Commitments.Count + 1) * TriggerNames.Count;
        _names = new string[count];
        for (var c = -1; c < scenario.Commitments.Count; c++)
        {
            var commitment = c < 0 ? "truce" : scenario.Commitments[c].Id;
            for (var t = 0; t < TriggerNames.Count; t++)
            {
                _names[Id(c, (Trigger)t)] = $"{commitment}:{TriggerNames.Name((Trigger)t)}";
            }
        }
    }

    /// <summary>Number of cause ids.</summary>
    public int Count => _names.Length;

    /// <summary>The id of a cause; <paramref name="commitmentIndex"/> −1 means the truce itself.</summary>
    public static int Id(int commitmentIndex, Trigger trigger) => (commitmentIndex + 1) * TriggerNames.Count + (int)trigger;

    /// <summary>Readable name, e.g. <c>no_sanctuary:verdict_confirmed</c>.</summary>
    public string Name(int causeId) => _names[causeId];
}
