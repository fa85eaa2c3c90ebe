namespace Simulator.Loading;

/// <summary>A single value (number, string, boolean).</summary>
internal sealed record ScalarSchema : SchemaNode
{
    public static readonly ScalarSchema Instance = new();

    public override string Kind => "a single value";
}
