using Microsoft.Extensions.Options;
using Simulator.Cli.Hosting;
using Simulator.Cli.Rendering;
using Simulator.Output;
using Simulator.Scenarios.BuiltIn;
using Simulator.Scenarios.Loading;
using Simulator.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Running;

/// <summary>A prepared plan and what running it produced.</summary>
internal sealed record PreparedRun(PreparedPlan Prepared, PointRunResult Result)
{
    public IReadOnlyList<PointResult> Completed => Result.Completed;

    public PointPlan Plan => Prepared.Plan;

    public bool Partial => Result.Partial;
}
