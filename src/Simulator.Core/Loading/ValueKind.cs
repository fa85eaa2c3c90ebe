namespace Simulator.Loading;

/// <summary>The kinds of single value a scenario holds (<see cref="ValueRead"/>).</summary>
internal enum ValueKind
{
    /// <summary>Free text (a name, a description).</summary>
    Text,

    /// <summary>A finite number within a <see cref="NumberRange"/>.</summary>
    Number,

    /// <summary>A whole number within bounds.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>A snake_case id (<see cref="ValueReader.IdPattern"/>).</summary>
    Id,

    /// <summary>One of a fixed set of names.</summary>
    Choice,

    /// <summary>The id of something declared elsewhere in the file.</summary>
    Reference,
}
