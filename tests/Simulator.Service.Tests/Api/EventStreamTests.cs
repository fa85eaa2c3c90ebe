using System.Text.Json;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Api;

/// <summary>GET /api/runs/{id}/events: progress as server-sent events, ending once the run has ended.</summary>
public sealed class EventStreamTests : IDisposable
{
    private readonly ServiceFactory _service = new("Simulator:BlockSize=256");

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Events_OfARun_StreamItsProgressAndEndWithItsFinalStatus()
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 6000, "seed": 8}""");

        using var response = await client.GetAsync($"/api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync(); // ends when the run ends

        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(e => e.StartsWith("event: run\n", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        var views = events.Select(e => JsonDocument.Parse(e.Split('\n')[1]["data: ".Length..]).RootElement).ToList();
        Assert.Equal("succeeded", views[^1].Status());
        Assert.Equal(6000, views[^1].Completed());
        var completed = views.Select(v => v.Completed()).ToList();
        Assert.Equal(completed.Order(), completed);
    }

    [Fact]
    public async Task Events_OfUnknownRun_Answers404()
    {
        using var client = _service.CreateClient();
        using var response = await client.GetAsync("/api/runs/404/events");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
