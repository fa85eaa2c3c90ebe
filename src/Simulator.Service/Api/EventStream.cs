using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Simulator.Service.Api;

/// <summary>
/// GET /api/runs/{id}/events: the run's view as a server-sent event ("event: run") each time it
/// changes, a comment every 15 s to keep the connection open, and the end of the stream once the
/// run has ended (or the client or the server goes away).
/// </summary>
public static class EventStream
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>Streams run <paramref name="id"/> into <paramref name="response"/>.</summary>
    public static async Task WriteAsync(HttpResponse response, RunViews views, long id, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        string? last = null;
        var quiet = TimeSpan.Zero;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var view = views.Get(id);
                if (view is null) return;
                var data = JsonSerializer.Serialize(view, json);
                if (data != last)
                {
                    await response.WriteAsync($"event: run\ndata: {data}\n\n", Encoding.UTF8, cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                    last = data;
                    quiet = TimeSpan.Zero;
                }
                if (view.Status is "succeeded" or "failed" or "cancelled") return;
                await Task.Delay(Poll, cancellationToken);
                quiet += Poll;
                if (quiet >= Heartbeat)
                {
                    await response.WriteAsync(": still running\n\n", cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                    quiet = TimeSpan.Zero;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left or the server stops: the stream simply ends.
        }
    }
}
