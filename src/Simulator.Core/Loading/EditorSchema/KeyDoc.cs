namespace Simulator.Loading.EditorSchema;

/// <summary>One row of a key table in docs/scenario-format.md, as written there.</summary>
/// <param name="Path">The key's schema path, e.g. <c>principals[*].claims.claim_true_incident</c> (<c>[*]</c> a list item, <c>*</c> a lifecycle name).</param>
/// <param name="Type">The type column ("probability", "number, days", …).</param>
/// <param name="Range">The range column (empty when the table has none).</param>
/// <param name="Default">The default column ("required", "0", "the id", …).</param>
/// <param name="Meaning">The meaning column.</param>
internal sealed record KeyDoc(string Path, string Type, string Range, string Default, string Meaning);
