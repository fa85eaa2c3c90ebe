using Simulator.Diagnostics;
using Simulator.Service.Hosting;

namespace Simulator.Service.Tests.Hosting;

/// <summary>--urls: which addresses stay on this machine, and which cannot be listened on.</summary>
public sealed class BindingsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.2:0;http://localhost:81", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.0.2.10:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://example.org:5080", false)]
    public void Parse_Address_TellsWhetherItIsLoopbackOnly(string urls, bool loopback)
    {
        var problems = new List<Problem>();
        var bindings = Bindings.Parse(urls, problems);
        Assert.Empty(problems);
        Assert.Equal(loopback, bindings.LoopbackOnly);
    }

    [Theory]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("http://127.0.0.1:5080/api")]
    [InlineData(";")]
    public void Parse_UnusableAddress_IsAProblemOfUrls(string urls)
    {
        var problems = new List<Problem>();
        Bindings.Parse(urls, problems);
        var problem = Assert.Single(problems);
        Assert.Equal("--urls", problem.File);
        Assert.Contains("http://", problem.Message);
    }
}
