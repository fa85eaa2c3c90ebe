namespace Simulator.Tests.Statistics;

/// <summary>A fact that is skipped, with a message naming the missing file, when the ceasefire data is absent.</summary>
public sealed class CeasefireFactAttribute : FactAttribute
{
    public CeasefireFactAttribute()
    {
        if (CeasefireData.Locate() is null)
        {
            Skip = $"{CeasefireData.FileName} not found in any shared/data folder above {AppContext.BaseDirectory}; the reference-data test needs the shared data beside the worktree.";
        }
    }
}
