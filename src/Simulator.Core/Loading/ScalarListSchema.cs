namespace Simulator.Loading;

/// <summary>A list of single values (report days, member ids, incident kinds); items are addressed by index.</summary>
internal sealed record ScalarListSchema : SchemaNode
{
    public static readonly ScalarListSchema Instance = new();

    public override string Kind => "a list";
}
