namespace Simulator.Results.Precision;

/// <summary>Why a precision-driven run stopped.</summary>
public enum PrecisionStop
{
    /// <summary>Every half-width was at or below the target after the last batch.</summary>
    TargetMet,

    /// <summary>--max-trials was reached first; the half-widths achieved are reported.</summary>
    BoundReached,

    /// <summary>The run was cancelled inside a batch; the completed prefix is reported.</summary>
    Cancelled,
}
