namespace Simulator.Loading;

/// <summary>
/// Where a document node came from: a 1-based position in the file, or a <c>--set</c> override
/// (then <see cref="OverrideKey"/> is the key path as the user typed it and the position is 0:0).
/// </summary>
internal readonly record struct NodeOrigin(int Line, int Column, string? OverrideKey)
{
    /// <summary>True when the node was written by a <c>--set</c> override rather than read from the file.</summary>
    public bool IsOverride => OverrideKey is not null;

    /// <summary>A position in the file.</summary>
    public static NodeOrigin At(long line, long column) =>
        new((int)Math.Clamp(line, 0, int.MaxValue), (int)Math.Clamp(column, 0, int.MaxValue), null);

    /// <summary>A node created by the override <paramref name="key"/>.</summary>
    public static NodeOrigin Override(string key) => new(0, 0, key);
}
