using System.Net;
using System.Text.Json;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Api;

/// <summary>The OpenAPI document, the built-in scenario, validation without queuing, and the run list's bounds.</summary>
public sealed class DocumentTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task OpenApi_DocumentsEveryRouteOfTheJobApi()
    {
        using var client = _service.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/runs").TryGetProperty("post", out var post));
        Assert.True(post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").ValueKind == JsonValueKind.Object);
        foreach (var code in new[] { "202", "400", "413", "429" }) Assert.True(post.GetProperty("responses").TryGetProperty(code, out _), code);
        Assert.True(paths.GetProperty("/api/runs").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/runs/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/runs/{id}").TryGetProperty("delete", out _));
        Assert.True(paths.TryGetProperty("/api/runs/{id}/events", out _));
        Assert.True(paths.TryGetProperty("/api/runs/{id}/files/{name}", out _));
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
        var run = document.GetProperty("components").GetProperty("schemas").GetProperty("RunView").GetProperty("properties");
        foreach (var key in new[] { "id", "status", "progress", "created_at", "started_at", "finished_at", "files" }) Assert.True(run.TryGetProperty(key, out _), key);
    }

    [Fact]
    public async Task BuiltInScenario_IsTheSeedScenariosText()
    {
        using var client = _service.CreateClient();
        Assert.Equal(Simulator.Loading.BuiltInScenario.Text, await client.GetStringAsync("/api/scenarios/built-in"));
    }

    [Fact]
    public async Task Validate_ValidAndInvalid_AnswersWhatWouldRunAndQueuesNothing()
    {
        using var client = _service.CreateClient();
        using var valid = await client.PostAsync("/api/validate", new StringContent("""{"trials": 123, "regimes": ["status_quo"]}"""));
        var answer = JsonDocument.Parse(await valid.Content.ReadAsStringAsync()).RootElement;
        Assert.True(answer.GetProperty("valid").GetBoolean());
        Assert.Equal(123, answer.GetProperty("trials").GetInt64());
        var regimes = answer.GetProperty("regimes").EnumerateArray().ToList();
        Assert.Equal(5, regimes.Count);
        Assert.Equal(["status_quo"], regimes.Where(r => r.GetProperty("selected").GetBoolean()).Select(r => r.GetProperty("id").GetString()));

        using var invalid = await client.PostAsync("/api/validate", new StringContent("""{"scenario": "name: x\n", "name": "x.yaml"}"""));
        var refused = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.False(refused.GetProperty("valid").GetBoolean());
        Assert.Contains(refused.GetProperty("problems").EnumerateArray(), p => p.GetProperty("text").GetString()!.StartsWith("x.yaml:", StringComparison.Ordinal));
        Assert.Equal(0, JsonDocument.Parse(await client.GetStringAsync("/api/runs")).RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public async Task List_LimitOutOfRange_Answers400()
    {
        using var client = _service.CreateClient();
        using var response = await client.GetAsync("/api/runs?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
