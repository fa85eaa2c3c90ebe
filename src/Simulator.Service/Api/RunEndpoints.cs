using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Simulator.Application;
using Simulator.Service.Jobs;
using Simulator.Service.Settings;
using Simulator.Service.Store;

namespace Simulator.Service.Api;

/// <summary>The job API under /api/runs: submit, list, read, follow, fetch files, cancel.</summary>
public static class RunEndpoints
{
    /// <summary>Maps the routes onto <paramref name="routes"/>.</summary>
    public static void MapRunApi(this IEndpointRouteBuilder routes)
    {
        var runs = routes.MapGroup("/api/runs").WithTags("Runs");
        runs.MapPost("", Submit)
            .WithSummary("Submit a run")
            .WithDescription("Checks the scenario and options as `validate` and `run` do; queues the run and answers 202 with its Location, or 400 with every problem (nothing is queued), 413 for a body over Service:MaxRequestBytes, 429 when Service:MaxQueuedRuns runs wait.")
            .DocumentedBody<RunSubmission>()
            .Produces<RunView>(StatusCodes.Status202Accepted)
            .Produces<ErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ErrorResponse>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ErrorResponse>(StatusCodes.Status429TooManyRequests);
        runs.MapGet("", List)
            .WithSummary("List runs, newest first")
            .Produces<RunList>()
            .Produces<ErrorResponse>(StatusCodes.Status400BadRequest);
        runs.MapGet("/{id:long}", Get)
            .WithSummary("Read a run: status, progress, timestamps, files")
            .Produces<RunView>()
            .Produces<ErrorResponse>(StatusCodes.Status404NotFound);
        runs.MapGet("/{id:long}/events", Events)
            .WithSummary("Follow a run as server-sent events")
            .WithDescription("Each change of the run is an event named 'run' whose data is the run's JSON view; the stream ends once the run has succeeded, failed or been cancelled.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .Produces<ErrorResponse>(StatusCodes.Status404NotFound);
        runs.MapGet("/{id:long}/files/{name}", RunFiles.Serve)
            .WithSummary("Fetch an output file of a run that has ended")
            .WithDescription("summary.json, survival.csv, comparisons.csv, comparisons-by-day.csv, causes.csv, scenario.yaml, timing.json or report.html: the bytes `run --out DIR --report` writes for the same scenario, options and seed.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces<ErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ErrorResponse>(StatusCodes.Status409Conflict);
        runs.MapDelete("/{id:long}", Cancel)
            .WithSummary("Cancel a run")
            .WithDescription("A queued run is cancelled at once (200); a running one stops at its next trial and keeps what it completed, marked partial (202).")
            .Produces<RunView>()
            .Produces<RunView>(StatusCodes.Status202Accepted)
            .Produces<ErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ErrorResponse>(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Submit(HttpContext context, RunIntake intake, RunViews views, ServiceSettings settings)
    {
        var body = await RequestBody.ReadAsync(context.Request, settings.MaxRequestBytes, context.RequestAborted);
        if (body is null) return TooLarge(settings);
        try
        {
            var id = intake.Submit(SubmissionReader.Read(body));
            if (id is null)
            {
                context.Response.Headers.RetryAfter = "30";
                return Error(StatusCodes.Status429TooManyRequests,
                    $"the queue is full: {settings.MaxQueuedRuns} runs wait to start (setting Service:MaxQueuedRuns); submit again when one has started");
            }
            var view = views.Get(id.Value)!;
            return TypedResults.Accepted(view.Links.Self, view);
        }
        catch (InputRejectedException e)
        {
            return Rejected(e);
        }
    }

    private static IResult List(RunViews views, int? limit)
    {
        if (limit is < 1 or > 1000) return Error(StatusCodes.Status400BadRequest, $"limit must be from 1 to 1000; got {limit}");
        return TypedResults.Ok(views.List(limit ?? 100));
    }

    private static IResult Get(long id, RunViews views) =>
        views.Get(id) is { } view ? TypedResults.Ok(view) : NotFound(id);

    private static async Task Events(long id, HttpContext context, RunViews views, IOptions<JsonOptions> json, IHostApplicationLifetime lifetime)
    {
        if (views.Get(id) is null)
        {
            await NotFound(id).ExecuteAsync(context);
            return;
        }
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        await EventStream.WriteAsync(context.Response, views, id, json.Value.SerializerOptions, ends.Token);
    }

    private static IResult Cancel(long id, RunStore store, LiveRuns live, RunViews views, TimeProvider time)
    {
        var record = store.Get(id);
        if (record is null) return NotFound(id);
        if (record.Status.IsFinal()) return Error(StatusCodes.Status409Conflict, $"run {id} has already {record.Status.Name()}; there is nothing to cancel");
        if (store.TryCancelQueued(id, time.GetUtcNow())) return TypedResults.Ok(views.Get(id)!);
        if (live.Find(id) is { } run)
        {
            run.Cancel();
            return TypedResults.Accepted($"/api/runs/{id}", views.Get(id)!);
        }
        // Between the queue and a worker: it starts, sees nothing to do, or ends; ask again.
        return Error(StatusCodes.Status409Conflict, $"run {id} is starting; cancel it again in a moment");
    }

    internal static IResult Rejected(InputRejectedException e) =>
        TypedResults.Json(new ErrorResponse(e.Message, ProblemView.Of(e.Problems), ProblemView.Of(e.Warnings)), statusCode: StatusCodes.Status400BadRequest);

    internal static IResult TooLarge(ServiceSettings settings) => Error(StatusCodes.Status413PayloadTooLarge,
        $"the request body exceeds {settings.MaxRequestBytes} bytes (setting Service:MaxRequestBytes); send a smaller scenario");

    internal static IResult NotFound(long id) => Error(StatusCodes.Status404NotFound, $"there is no run {id}; GET /api/runs lists the runs");

    internal static IResult Error(int status, string message) => TypedResults.Json(ErrorResponse.Plain(message), statusCode: status);
}
