using System.Text.Json;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Api;

/// <summary>Twelve clients submitting at the same moment: every submission is accepted and every run succeeds, with the bytes its seed gives.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly ServiceFactory _service = new("Service:MaxConcurrentRuns=3");

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Submit_TwelveAtOnce_AllAcceptedAndAllSucceed()
    {
        using var client = _service.CreateClient();
        var submissions = Enumerable.Range(0, 12)
            .Select(i => Support.Api.SubmitAccepted(client, $$"""{"trials": 200, "seed": {{i % 3}}, "regimes": ["status_quo", "third_party_monitors"]}"""));

        var ids = await Task.WhenAll(submissions);

        Assert.Equal(12, ids.Distinct().Count());
        var ended = await Task.WhenAll(ids.Select(id => Support.Api.WaitForEnd(client, id, TimeSpan.FromSeconds(240))));
        Assert.All(ended, run => Assert.Equal("succeeded", run.Status()));
        var summaries = await Task.WhenAll(ids.Select(id => client.GetStringAsync($"/api/runs/{id}/files/summary.json")));
        for (var i = 3; i < 12; i++) Assert.Equal(summaries[i % 3], summaries[i]); // same seed, same bytes
        Assert.NotEqual(summaries[0], summaries[1]);
        var listed = JsonDocument.Parse(await client.GetStringAsync("/api/runs")).RootElement.GetProperty("runs");
        Assert.Equal(ids.OrderDescending(), listed.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }
}
