using System.Net;
using System.Text.Json;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Api;

/// <summary>GET /api/runs/{id}/files/{name}: the bytes `run --out DIR --report` writes, and nothing from outside the run's folder.</summary>
public sealed class RunFilesTests : IDisposable
{
    private readonly ServiceFactory _service = new();
    private readonly TempFolder _cli = new();

    public void Dispose()
    {
        _service.Dispose();
        _cli.Dispose();
    }

    [Fact]
    public async Task Files_BuiltInScenario_EqualWhatRunWritesForTheSameOptionsAndSeed()
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 700, "seed": 42, "horizon": 500, "regimes": ["status_quo", "mediator_commission"]}""");
        var cli = await CliReference.Run(_cli.Of("built-in"), "--trials", "700", "--seed", "42", "--horizon", "500", "--regime", "status_quo", "--regime", "mediator_commission");

        Assert.Equal("succeeded", (await Support.Api.WaitForEnd(client, id)).Status());

        foreach (var name in CliReference.ComparedFiles)
        {
            CliReference.AssertSameBytes(cli, name, await client.GetByteArrayAsync($"/api/runs/{id}/files/{name}"));
        }
    }

    [Fact]
    public async Task Files_PastedScenarioWithOverrides_EqualWhatRunWritesForThatFile()
    {
        var yaml = Simulator.Loading.BuiltInScenario.Text;
        Directory.CreateDirectory(_cli.Of("in"));
        File.WriteAllText(_cli.Of("in/truce.yaml"), yaml);
        using var client = _service.CreateClient();
        var body = JsonSerializer.Serialize(new { scenario = yaml, name = "truce.yaml", trials = 500, seed = 9, set = new[] { "regimes.mediator_commission.capacity=2" } });
        var id = await Support.Api.SubmitAccepted(client, body);
        var cli = await CliReference.Run(_cli.Of("text"), _cli.Of("in/truce.yaml"), "--trials", "500", "--seed", "9", "--set", "regimes.mediator_commission.capacity=2");

        Assert.Equal("succeeded", (await Support.Api.WaitForEnd(client, id)).Status());

        foreach (var name in CliReference.ComparedFiles)
        {
            CliReference.AssertSameBytes(cli, name, await client.GetByteArrayAsync($"/api/runs/{id}/files/{name}"));
        }
        using var summary = await client.GetAsync($"/api/runs/{id}/files/summary.json");
        Assert.Equal("application/json", summary.Content.Headers.ContentType!.MediaType);
        using var report = await client.GetAsync($"/api/runs/{id}/files/report.html");
        Assert.Equal("sandbox allow-scripts", report.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("..%2Fsimulator.db")]
    [InlineData("..%2F..%2Fsimulator.db")]
    [InlineData("checkpoint.bin")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("trials.csv")]
    public async Task Files_NameOutsideTheServedOutputs_Answers404(string name)
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 200, "seed": 1, "regimes": ["status_quo"]}""");
        await Support.Api.WaitForEnd(client, id);
        using var response = await client.GetAsync($"/api/runs/{id}/files/{name}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("its files: report.html, summary.json", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Files_SymbolicLinkInTheRunFolder_IsNotFollowed()
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 200, "seed": 1, "regimes": ["status_quo"]}""");
        await Support.Api.WaitForEnd(client, id);
        var folder = Path.Combine(_service.Data, "runs", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Delete(Path.Combine(folder, "causes.csv"));
        File.CreateSymbolicLink(Path.Combine(folder, "causes.csv"), "/etc/hostname");
        using var response = await client.GetAsync($"/api/runs/{id}/files/causes.csv");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Files_EditedAfterTheRun_Answers409AndServesNoneOfIt()
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 200, "seed": 1, "regimes": ["status_quo"]}""");
        await Support.Api.WaitForEnd(client, id);
        var folder = Path.Combine(_service.Data, "runs", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var causes = Path.Combine(folder, "causes.csv");
        var bytes = File.ReadAllBytes(causes);
        bytes[^2] = bytes[^2] == (byte)'1' ? (byte)'2' : (byte)'1'; // same length, other content
        File.WriteAllBytes(causes, bytes);

        using var response = await client.GetAsync($"/api/runs/{id}/files/causes.csv");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("differs from what manifest.json records", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Files_NotListedInTheManifest_Answers404()
    {
        using var client = _service.CreateClient();
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 200, "seed": 1, "regimes": ["status_quo"]}""");
        await Support.Api.WaitForEnd(client, id);
        var folder = Path.Combine(_service.Data, "runs", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Delete(Path.Combine(folder, "manifest.json")); // as a run killed before its manifest leaves its folder

        using var response = await client.GetAsync($"/api/runs/{id}/files/summary.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Files_OfUnknownRun_Answers404()
    {
        using var client = _service.CreateClient();
        using var response = await client.GetAsync("/api/runs/12345/files/summary.json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
