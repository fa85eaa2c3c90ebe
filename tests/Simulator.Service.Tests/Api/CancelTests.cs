using System.Net;
using System.Text.Json;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Api;

/// <summary>DELETE /api/runs/{id}: a queued run ends at once, a running one keeps the trials it completed, marked partial.</summary>
public sealed class CancelTests : IDisposable
{
    private readonly ServiceFactory _service = new("Service:MaxConcurrentRuns=1", "Simulator:BlockSize=256");

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Cancel_RunningRun_EndsCancelledWithPartialOutputs()
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 1000000, "seed": 3}""");
        await Support.Api.WaitFor(client, id, run => run.Status() == "running" && run.Completed() > 0);

        using var response = await client.DeleteAsync($"/api/runs/{id}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ended = await Support.Api.WaitForEnd(client, id);
        Assert.Equal("cancelled", ended.Status());
        Assert.InRange(ended.Completed(), 1, 999_999);
        Assert.Contains("outputs are marked partial", ended.GetProperty("message").GetString());
        var summary = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{id}/files/summary.json")).RootElement;
        Assert.True(summary.GetProperty("partial").GetBoolean());
    }

    [Fact]
    public async Task Cancel_QueuedRun_EndsAtOnceAndNeverRuns()
    {
        using var client = _service.CreateClient();
        var first = await Support.Api.SubmitAccepted(client, """{"trials": 1000000, "seed": 3}""");
        await Support.Api.WaitFor(client, first, run => run.Status() == "running");
        var second = await Support.Api.SubmitAccepted(client, """{"trials": 300, "seed": 3}""");

        using var response = await client.DeleteAsync($"/api/runs/{second}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("cancelled", view.Status());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("started_at").ValueKind);
        using var again = await client.DeleteAsync($"/api/runs/{second}");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await client.DeleteAsync($"/api/runs/{first}");
        Assert.Equal("cancelled", (await Support.Api.WaitForEnd(client, first)).Status());
        Assert.Equal(JsonValueKind.Null, (await Support.Api.Get(client, second)).GetProperty("started_at").ValueKind);
    }

    [Fact]
    public async Task Files_OfARunNotEnded_Answers409()
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 1000000, "seed": 4}""");
        await Support.Api.WaitFor(client, id, run => run.Status() == "running");
        using var response = await client.GetAsync($"/api/runs/{id}/files/summary.json");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await client.DeleteAsync($"/api/runs/{id}");
        await Support.Api.WaitForEnd(client, id);
    }

    [Fact]
    public async Task Cancel_UnknownRun_Answers404()
    {
        using var client = _service.CreateClient();
        using var response = await client.DeleteAsync("/api/runs/77");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
