using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Simulator.Application;
using Simulator.Loading;
using Simulator.Service.Jobs;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Api;

/// <summary>The built-in scenario's text, and the check of a submission without running it (what the page shows while editing).</summary>
public static class ScenarioEndpoints
{
    /// <summary>Maps the routes onto <paramref name="routes"/>.</summary>
    public static void MapScenarioApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/scenarios/built-in", () => TypedResults.Text(BuiltInScenario.Text, "application/yaml; charset=utf-8"))
            .WithTags("Scenarios")
            .WithSummary("The built-in seed scenario's YAML text (what a submission without 'scenario' runs)")
            .Produces(StatusCodes.Status200OK, contentType: "application/yaml");
        routes.MapPost("/api/validate", Validate)
            .WithTags("Scenarios")
            .WithSummary("Check a submission as POST /api/runs would, without queuing it")
            .DocumentedBody<RunSubmission>()
            .Produces<ValidationView>()
            .Produces<ErrorResponse>(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> Validate(HttpContext context, RunIntake intake, ServiceSettings settings)
    {
        var body = await RequestBody.ReadAsync(context.Request, settings.MaxRequestBytes, context.RequestAborted);
        if (body is null) return RunEndpoints.TooLarge(settings);
        try
        {
            using var plan = intake.Check(SubmissionReader.Read(body), out var warnings); // only checked, never executed
            var scenario = plan.Scenario.Scenario;
            var selected = plan.RegimeIds.ToHashSet(StringComparer.Ordinal);
            var regimes = scenario.Regimes.Select(r => new RegimeView(r.Id, r.Name, selected.Contains(r.Id))).ToArray();
            return TypedResults.Ok(new ValidationView(true, [], ProblemView.Of(warnings), regimes, plan.Request.Trials, scenario.Seed, scenario.HorizonDays));
        }
        catch (InputRejectedException e)
        {
            return TypedResults.Ok(new ValidationView(false, ProblemView.Of(e.Problems), ProblemView.Of(e.Warnings), [], null, null, null));
        }
    }
}
