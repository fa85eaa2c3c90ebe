namespace Simulator.Loading.Durations;

/// <summary>One row of a data file: how long it lasted, whether it ended in the event, its group and where it was read.</summary>
/// <param name="Days">Duration in days (converted from the file's unit).</param>
/// <param name="Event">True when the duration ended in the event; false when censored.</param>
/// <param name="Group">The row's group value ("" when the data have no group column).</param>
/// <param name="Line">1-based line of the row in the file.</param>
public readonly record struct ObservedDuration(double Days, bool Event, string Group, int Line);
