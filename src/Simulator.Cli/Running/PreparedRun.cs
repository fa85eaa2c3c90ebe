using Simulator.Application.Studies;
using Simulator.Studies.Sweeps;

namespace Simulator.Cli.Running;

/// <summary>A prepared plan and what running it produced.</summary>
internal sealed record PreparedRun(PreparedPlan Prepared, PointRunResult Result)
{
    public IReadOnlyList<PointResult> Completed => Result.Completed;

    public PointPlan Plan => Prepared.Plan;

    public bool Partial => Result.Partial;
}
