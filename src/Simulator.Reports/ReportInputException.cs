namespace Simulator.Reports;

/// <summary>A run folder the report cannot be made from (the user can fix it).</summary>
public sealed class ReportInputException(string message) : Exception(message);
