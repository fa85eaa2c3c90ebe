namespace Simulator.Loading;

/// <summary>One <c>key: value</c> pair of a mapping; keys are always scalars.</summary>
internal readonly record struct MappingEntry(ScalarNode Key, DocNode Value);
