namespace Simulator.Loading;

/// <summary>A mapping from names the scenario chooses (principal or commitment ids) to single values.</summary>
internal sealed record NamedValuesSchema : SchemaNode
{
    public static readonly NamedValuesSchema Instance = new();

    public override string Kind => "a mapping of names to values";
}
