using Simulator.Diagnostics;
using Simulator.Loading;
using Simulator.Model;

namespace Simulator.Validation.Rules;

/// <summary>One rule over a loaded scenario: every value is already in its own range; a rule judges combinations.</summary>
internal interface IScenarioRule
{
    /// <summary>The problems (errors or warnings) of <paramref name="scenario"/>, positioned by <paramref name="source"/>.</summary>
    IEnumerable<Problem> Check(Scenario scenario, SourceLocator source);
}
