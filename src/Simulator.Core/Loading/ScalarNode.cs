namespace Simulator.Loading;

/// <summary>A scalar: its text and whether YAML's implicit typing applies to it (plain, untagged).</summary>
internal sealed class ScalarNode : DocNode
{
    private const int DescribeLimit = 40;

    public ScalarNode(string value, bool isPlain, NodeOrigin origin)
        : base(origin)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The text as written (quotes removed).</summary>
    public string Value { get; }

    /// <summary>
    /// True for a plain scalar (or one tagged as a number, boolean or null): it may be a number,
    /// boolean or null. Quoted scalars and <c>!!str</c> are always strings.
    /// </summary>
    public bool IsPlain { get; }

    /// <summary>
    /// True for a stand-in for something already reported (an unknown alias): errors about it
    /// are dropped, so one mistake gives one message.
    /// </summary>
    public bool IsStandIn { get; init; }

    /// <summary>True for an empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string Describe()
    {
        if (IsNull)
        {
            return "an empty value";
        }
        var text = Value.Length > DescribeLimit ? Value[..DescribeLimit] + "…" : Value;
        // Numbers and booleans read as written; anything else is quoted so "found 'abc'" is unambiguous.
        return ScalarResolver.TryNumber(this, out _) || ScalarResolver.TryBool(this, out _) ? text : $"'{text}'";
    }
}
