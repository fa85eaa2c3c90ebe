using System.Net;
using System.Text.Json;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Api;

/// <summary>POST /api/runs: accepted runs are queued with a Location; refused ones name every problem as validate does and queue nothing.</summary>
public sealed class SubmitTests : IDisposable
{
    private readonly ServiceFactory _service = new("Service:MaxTrials=50000");

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task Submit_ValidRun_Answers202WithLocationAndRunsToSuccess()
    {
        using var client = _service.CreateClient();
        using var response = await Support.Api.Submit(client, """{"trials": 300, "seed": 5}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"/api/runs/{view.GetProperty("id").GetInt64()}", location);
        Assert.Contains(view.Status(), new[] { "queued", "running" });
        Assert.Equal(300, view.GetProperty("progress").GetProperty("total_trials").GetInt64());
        Assert.Equal(JsonValueKind.String, view.GetProperty("created_at").ValueKind);

        var ended = await Support.Api.WaitForEnd(client, view.GetProperty("id").GetInt64());
        Assert.Equal("succeeded", ended.Status());
        Assert.Equal(300, ended.Completed());
        Assert.Equal(1.0, ended.GetProperty("progress").GetProperty("fraction").GetDouble());
        Assert.True(ended.GetProperty("started_at").GetDateTimeOffset() <= ended.GetProperty("finished_at").GetDateTimeOffset());
        Assert.Contains("report.html", ended.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Submit_InvalidScenario_Answers400WithEveryProblemAtItsLineAndQueuesNothing()
    {
        using var client = _service.CreateClient();
        var yaml = Simulator.Loading.BuiltInScenario.Text.Replace("horizon_days: 365", "horizon_days: -3", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("horizon_days: -3", StringComparison.Ordinal)) + 1;
        var body = JsonSerializer.Serialize(new { scenario = yaml + "\nbogus_key: 1\n", name = "mine.yaml", trials = 100 });

        using var response = await Support.Api.Submit(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var problems = answer.GetProperty("problems").EnumerateArray().ToList();
        Assert.True(problems.Count >= 2, answer.ToString());
        var horizon = problems.Single(p => p.GetProperty("path").GetString() == "run.horizon_days");
        Assert.Equal("mine.yaml", horizon.GetProperty("file").GetString());
        Assert.Equal(line, horizon.GetProperty("line").GetInt32());
        Assert.True(horizon.GetProperty("column").GetInt32() > 0);
        Assert.StartsWith($"mine.yaml:{line}:", horizon.GetProperty("text").GetString());
        Assert.Contains(problems, p => p.GetProperty("path").GetString() == "bogus_key");
        Assert.Empty((await Runs(client)).EnumerateArray());
    }

    [Fact]
    public async Task Submit_ProblemsMatchWhatValidatePrintsForTheSameFile()
    {
        using var folder = new TempFolder();
        var yaml = Simulator.Loading.BuiltInScenario.Text.Replace("horizon_days: 365", "horizon_days: 0", StringComparison.Ordinal) + "\nextra: 2\n";
        File.WriteAllText(folder.Of("bad.yaml"), yaml);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Simulator.Cli.CliApplication.RunAsync(["validate", folder.Of("bad.yaml"), "--format", "json"], output, error);
        Assert.Equal(2, code);
        using var client = _service.CreateClient();

        using var response = await Support.Api.Submit(client, JsonSerializer.Serialize(new { scenario = yaml, name = "bad.yaml" }));

        var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("line").GetInt32()}:{p.GetProperty("column").GetInt32()}: {p.GetProperty("path").GetString()}: {p.GetProperty("message").GetString()}")
            .ToArray();
        var printed = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("files")[0].GetProperty("errors").EnumerateArray()
            .Select(p => $"{p.GetProperty("line").GetInt32()}:{p.GetProperty("column").GetInt32()}: {p.GetProperty("path").GetString()}: {p.GetProperty("message").GetString()}"
                + (p.GetProperty("help").GetString() is { } help ? "; " + help : ""))
            .ToArray();
        Assert.NotEmpty(printed);
        Assert.Equal(printed, served);
    }

    [Fact]
    public async Task Submit_WrongKeysAndTypes_NamesEachAndSuggestsTheNearestKey()
    {
        using var client = _service.CreateClient();
        using var response = await Support.Api.Submit(client, """{"trails": 10, "seed": -1, "regimes": "status_quo"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("problems").EnumerateArray()
            .ToDictionary(p => p.GetProperty("path").GetString()!, p => p.GetProperty("message").GetString()!);
        Assert.Contains("did you mean 'trials'", problems["trails"]);
        Assert.Contains("0 to 18446744073709551615", problems["seed"]);
        Assert.Contains("list of strings", problems["regimes"]);
    }

    [Fact]
    public async Task Submit_MalformedJson_GivesLineAndColumnOfTheBody()
    {
        using var client = _service.CreateClient();
        using var response = await Support.Api.Submit(client, "{\n  \"trials\": 10,\n  oops\n}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")[0];
        Assert.Equal("request", problem.GetProperty("file").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Equal(3, problem.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Submit_UnknownRegimeOrBadOverride_Answers400()
    {
        using var client = _service.CreateClient();
        using var regime = await Support.Api.Submit(client, """{"regimes": ["nope"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, regime.StatusCode);
        Assert.Contains("status_quo", await regime.Content.ReadAsStringAsync());
        using var set = await Support.Api.Submit(client, """{"set": ["run.horizon_days=abc"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, set.StatusCode);
        Assert.Empty((await Runs(client)).EnumerateArray());
    }

    [Fact]
    public async Task Submit_MoreTrialsThanTheServerAllows_Answers400NamingTheLimit()
    {
        using var client = _service.CreateClient();
        using var response = await Support.Api.Submit(client, """{"trials": 50001}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")[0];
        Assert.Equal("trials", problem.GetProperty("path").GetString());
        Assert.Contains("Service:MaxTrials", problem.GetProperty("message").GetString());
        Assert.Contains("50000", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Runs_UnknownId_Answers404()
    {
        using var client = _service.CreateClient();
        using var response = await client.GetAsync("/api/runs/999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("there is no run 999", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> Runs(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/runs")).RootElement.GetProperty("runs");
}
