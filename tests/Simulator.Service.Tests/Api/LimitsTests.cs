using System.Net;
using System.Text.Json;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Api;

/// <summary>The configurable limits: request size (413), queue length (429), trials (400, in SubmitTests), concurrent runs.</summary>
public sealed class LimitsTests : IDisposable
{
    private readonly ServiceFactory _service = new("Service:MaxRequestBytes=4096", "Service:MaxQueuedRuns=1", "Service:MaxConcurrentRuns=1", "Simulator:BlockSize=256");

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Submit_BodyOverTheLimit_Answers413NamingTheSetting()
    {
        using var client = _service.CreateClient();
        var body = JsonSerializer.Serialize(new { scenario = new string('#', 5000) });
        using var response = await Support.Api.Submit(client, body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Service:MaxRequestBytes", await response.Content.ReadAsStringAsync());
        using var validate = await client.PostAsync("/api/validate", new StringContent(body));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, validate.StatusCode);
    }

    [Fact]
    public async Task Submit_QueueFull_Answers429AndOneRunAtATimeExecutes()
    {
        using var client = _service.CreateClient();
        var running = await Support.Api.SubmitAccepted(client, """{"trials": 1000000, "seed": 1}""");
        await Support.Api.WaitFor(client, running, run => run.Status() == "running");
        var queued = await Support.Api.SubmitAccepted(client, """{"trials": 1000000, "seed": 2}""");

        using var refused = await Support.Api.Submit(client, """{"trials": 100, "seed": 3}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Service:MaxQueuedRuns", await refused.Content.ReadAsStringAsync());
        Assert.NotNull(refused.Headers.RetryAfter);
        await Task.Delay(300);
        Assert.Equal("queued", (await Support.Api.Get(client, queued)).Status()); // MaxConcurrentRuns=1
        await client.DeleteAsync($"/api/runs/{queued}");
        await client.DeleteAsync($"/api/runs/{running}");
        await Support.Api.WaitForEnd(client, running);
        Assert.Equal(2, JsonDocument.Parse(await client.GetStringAsync("/api/runs")).RootElement.GetProperty("runs").GetArrayLength());
    }
}
