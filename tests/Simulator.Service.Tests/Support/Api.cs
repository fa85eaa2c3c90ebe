using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Simulator.Service.Tests.Support;

/// <summary>Calls of the job API as a client makes them, and waiting for a run to end.</summary>
public static class Api
{
    /// <summary>The JSON the API speaks (snake_case keys).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>POST /api/runs with <paramref name="json"/> as the body.</summary>
    public static Task<HttpResponseMessage> Submit(HttpClient client, string json) =>
        client.PostAsync("/api/runs", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Submits <paramref name="json"/>, asserts 202 and returns the run's id.</summary>
    public static async Task<long> SubmitAccepted(HttpClient client, string json)
    {
        using var response = await Submit(client, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>GET /api/runs/{id} as JSON.</summary>
    public static async Task<JsonElement> Get(HttpClient client, long id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}"));

    /// <summary>Polls run <paramref name="id"/> until it has ended; fails after <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> WaitForEnd(HttpClient client, long id, TimeSpan? timeout = null)
    {
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (DateTime.UtcNow < limit)
        {
            var run = await Get(client, id);
            if (run.GetProperty("status").GetString() is "succeeded" or "failed" or "cancelled") return run;
            await Task.Delay(100);
        }
        Assert.Fail($"run {id} did not end within the time allowed: {await Get(client, id)}");
        return default;
    }

    /// <summary>Polls run <paramref name="id"/> until <paramref name="condition"/> holds; fails after <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> WaitFor(HttpClient client, long id, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (DateTime.UtcNow < limit)
        {
            var run = await Get(client, id);
            if (condition(run)) return run;
            await Task.Delay(50);
        }
        Assert.Fail($"run {id} never reached the awaited state: {await Get(client, id)}");
        return default;
    }

    /// <summary>The status of a run view.</summary>
    public static string Status(this JsonElement run) => run.GetProperty("status").GetString()!;

    /// <summary>Trials completed of a run view.</summary>
    public static long Completed(this JsonElement run) => run.GetProperty("progress").GetProperty("completed_trials").GetInt64();
}
