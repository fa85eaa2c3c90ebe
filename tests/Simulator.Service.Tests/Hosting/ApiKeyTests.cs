using System.Net;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Hosting;

/// <summary>With Service:ApiKey set, the API and its document answer only requests carrying the key; the page (which holds no data) is served to all.</summary>
public sealed class ApiKeyTests : IDisposable
{
    private const string Key = "0123456789abcdef-key";
    private readonly ServiceFactory _service = new($"Service:ApiKey={Key}");

    public void Dispose() => _service.Dispose();

    [Theory]
    [InlineData("/api/runs")]
    [InlineData("/api/runs/1")]
    [InlineData("/openapi/v1.json")]
    public async Task Api_WithoutTheKey_Answers401NamingTheHeader(string path)
    {
        using var client = _service.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_WithAWrongKey_Answers401()
    {
        using var client = _service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key + "x");
        using var response = await client.GetAsync("/api/runs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithTheKey_Answers()
    {
        using var client = _service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var response = await client.GetAsync("/api/runs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = await Support.Api.SubmitAccepted(client, """{"trials": 100, "regimes": ["status_quo"]}""");
        Assert.Equal("succeeded", (await Support.Api.WaitForEnd(client, id)).Status());
    }

    [Fact]
    public async Task Page_WithoutTheKey_IsServed()
    {
        using var client = _service.CreateClient();
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
