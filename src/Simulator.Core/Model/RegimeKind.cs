namespace Simulator.Model;

/// <summary>Who runs a regime.</summary>
public enum RegimeKind
{
    /// <summary>No mechanism: each side judges claims itself.</summary>
    None = 0,

    /// <summary>Run by the mediators.</summary>
    Mediators = 1,

    /// <summary>Joint commission of the principals with mediators.</summary>
    Joint = 2,

    /// <summary>Intrusive third-party monitors.</summary>
    ThirdParty = 3,
}
