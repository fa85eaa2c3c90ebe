using System.Net;
using System.Text.RegularExpressions;
using Simulator.Service.Tests.Support;

namespace Simulator.Service.Tests.Page;

/// <summary>The page is served from the program itself, loads nothing from elsewhere, and labels its controls.</summary>
public sealed partial class PageTests : IDisposable
{
    private readonly ServiceFactory _service = new();

    public void Dispose() => _service.Dispose();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task Page_Assets_AreServedWithAPolicyThatAllowsOnlyThisServer(string path, string type)
    {
        using var client = _service.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(ExternalReference(), text);
    }

    [Fact]
    public async Task Page_EveryFormControl_HasALabel()
    {
        using var client = _service.CreateClient();
        var html = await client.GetStringAsync("/");
        var controls = ControlId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(controls);
        foreach (var id in controls)
        {
            var labelled = html.Contains($"for=\"{id}\"", StringComparison.Ordinal) || Regex.IsMatch(html, $"<label>\\s*<input[^>]*id=\"{id}\"");
            Assert.True(labelled, $"control #{id} has no label");
        }
        Assert.Contains("lang=\"en\"", html);
    }

    [GeneratedRegex(@"(src|href|action)\s*=\s*[""']?(https?:)?//|url\(\s*[""']?(https?:)?//|@import|fetch\(\s*[""'`]https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<(?:input|textarea|select)\b[^>]*\bid=""([^""]+)""")]
    private static partial Regex ControlId();
}
