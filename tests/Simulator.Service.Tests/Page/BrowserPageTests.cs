using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Simulator.Service.Tests.Support;
using Xunit.Abstractions;

namespace Simulator.Service.Tests.Page;

/// <summary>
/// The page in a real browser (Debian's chromium, headless, driven through chromedriver by
/// Selenium) against a real `truce-sim serve`: a person runs the seed scenario and reads its
/// report, and sees a problem at its line. CI installs both with .ci/install-packages; without
/// them the test fails, unless SIMULATOR_SKIP_BROWSER=1 says to skip it on purpose.
/// </summary>
public sealed class BrowserPageTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Driver = "/usr/bin/chromedriver";
    private readonly TempFolder _data = new();
    private readonly TempFolder _profile = new();

    public void Dispose()
    {
        _data.Dispose();
        _profile.Dispose();
    }

    [Fact]
    public async Task Page_SeedScenarioRun_ShowsProgressThenTheReportAndItsFiles()
    {
        if (!BrowserPresent()) return;
        using var server = await ServerProcess.StartAsync(_data.Path, "Simulator:BlockSize=512");
        using var browser = Start();
        browser.Navigate().GoToUrl(server.Address);
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(120));
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-valid") == "true");
        Assert.True(browser.FindElement(By.Id("source-built-in")).Selected);
        Assert.Contains("Valid: 5 regime(s)", browser.FindElement(By.Id("check-summary")).Text);

        var trials = browser.FindElement(By.Id("trials"));
        trials.SendKeys("3000");
        var run = browser.FindElement(By.Id("run"));
        run.SendKeys(Keys.Enter); // keyboard, as a person without a mouse does

        wait.Until(d => d.FindElement(By.Id("run-status")).GetAttribute("data-status") is "running" or "succeeded");
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-report") is not null);
        var status = browser.FindElement(By.Id("run-status"));
        Assert.Equal("succeeded", status.GetAttribute("data-status"));
        Assert.Contains("3,000 of 3,000 trials", status.Text);
        Assert.Equal("1", browser.FindElement(By.Id("progress")).GetAttribute("value"));
        var files = browser.FindElements(By.CssSelector("#files button")).Select(b => b.Text).ToList();
        Assert.Contains("Download summary.json", files);
        Assert.Contains("Download report.html", files);
        wait.Until(d => d.FindElements(By.CssSelector("#runs tbody tr")).Count == 1);
        Assert.Contains("succeeded", browser.FindElement(By.CssSelector("#runs tbody tr")).Text);
        Screenshot(browser, "page-after-run.png");

        var frame = browser.FindElement(By.Id("report"));
        Assert.True(frame.Displayed);
        browser.SwitchTo().Frame(frame);
        wait.Until(d => d.FindElement(By.TagName("html")).GetAttribute("data-loaded") == "true");
        Assert.Equal("0", browser.FindElement(By.TagName("html")).GetAttribute("data-errors"));
        Assert.NotEmpty(browser.FindElements(By.CssSelector("figure[data-chart] svg")));
        Assert.Contains("pakistan-afghanistan", browser.FindElement(By.TagName("body")).Text, StringComparison.OrdinalIgnoreCase);
        browser.SwitchTo().DefaultContent();

        var severe = browser.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.True(severe.Count == 0, "browser console:\n" + string.Join('\n', severe));
    }

    [Fact]
    public async Task Page_EditedScenarioWithAnError_MarksItsLineAndGoesThere()
    {
        if (!BrowserPresent()) return;
        using var server = await ServerProcess.StartAsync(_data.Path);
        using var browser = Start();
        browser.Navigate().GoToUrl(server.Address);
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(60));
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-valid") == "true");

        var editor = browser.FindElement(By.Id("scenario-text"));
        editor.SendKeys(Keys.Control + Keys.End);
        editor.SendKeys(Keys.Enter + "surprise_key: 1");
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-valid") == "false");

        Assert.True(browser.FindElement(By.Id("source-own")).Selected);
        var lines = Convert.ToInt32(((IJavaScriptExecutor)browser).ExecuteScript("return document.getElementById('scenario-text').value.split('\\n').length;"));
        Assert.True(lines > Simulator.Loading.BuiltInScenario.Text.Split('\n').Length - 1, "the key is on a new last line");
        var problem = wait.Until(d => d.FindElements(By.CssSelector("#problems button")).FirstOrDefault(b => b.Text.Contains("surprise_key", StringComparison.Ordinal)));
        Assert.Contains($"line {lines}", problem!.Text);
        Assert.Contains($"✖ {lines}", browser.FindElement(By.Id("gutter")).Text);
        problem.SendKeys(Keys.Enter);
        Assert.Equal("scenario-text", browser.SwitchTo().ActiveElement().GetAttribute("id"));
        var selected = (string)((IJavaScriptExecutor)browser).ExecuteScript("const t = document.getElementById('scenario-text'); return t.value.substring(t.selectionStart, t.selectionEnd);")!;
        Assert.Equal("surprise_key: 1", selected);

        browser.FindElement(By.Id("run")).Click();
        wait.Until(d => d.FindElement(By.Id("run-status")).GetAttribute("data-status") == "refused");
        Assert.Equal(0, (await ListRuns(server)).GetArrayLength());
        Screenshot(browser, "page-with-problem.png");
    }

    private static async Task<System.Text.Json.JsonElement> ListRuns(ServerProcess server)
    {
        using var client = server.Client();
        return System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/runs")).RootElement.GetProperty("runs");
    }

    private ChromeDriver Start()
    {
        var options = new ChromeOptions { BinaryLocation = Chromium };
        // The flags the machine notes give for headless chromium as root on a closed network.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            $"--user-data-dir={_profile.Path}", "--window-size=1280,2000");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
    }

    private void Screenshot(ChromeDriver browser, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        browser.GetScreenshot().SaveAsFile(path);
        output.WriteLine($"screenshot: {path}");
    }

    private bool BrowserPresent()
    {
        if (File.Exists(Chromium) && File.Exists(Driver)) return true;
        if (Environment.GetEnvironmentVariable("SIMULATOR_SKIP_BROWSER") == "1")
        {
            output.WriteLine("chromium or chromedriver is not installed and SIMULATOR_SKIP_BROWSER=1: browser test skipped.");
            return false;
        }
        Assert.Fail($"{Chromium} or {Driver} is missing: run .ci/install-packages (or set SIMULATOR_SKIP_BROWSER=1 to skip this test deliberately).");
        return false;
    }
}
