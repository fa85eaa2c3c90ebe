using System.Text.RegularExpressions;
using Simulator.Output;

namespace Simulator.Reports.Tests;

/// <summary>The report's calibration section: shown when the folder's manifest lists calibration.json, absent otherwise, a note when the file is not JSON.</summary>
public sealed class CalibrationSectionTests : IDisposable
{
    private const string Json = """
        {
          "schema_version": 1,
          "partial": false,
          "data": { "file": "ceasefires.csv" },
          "method": { "trials": 2000, "evaluations": 31 },
          "objective": 12.5,
          "goodness_of_fit": { "deviance": 12.5, "df": 8, "p_value": 0.13 },
          "parameters": [ { "path": "armed_groups.group.attack_rate", "estimate": 0.0465, "lower95": 0.0402, "upper95": 0.0526, "lower_bound": 0.01, "upper_bound": 0.2 } ],
          "groups": [ { "value": "1", "regime": "monitors", "subjects": 96, "events": 56, "deviance": 12.5,
                        "logrank": { "observed": 56, "expected": 54.2, "chi_square": 0.06, "p_value": 0.81 },
                        "holds": [ { "day": 365, "data": 0.61, "data_lower95": 0.5, "data_upper95": 0.7, "model": 0.63, "model_lower95": 0.58, "model_upper95": 0.68 } ] } ]
        }
        """;

    private readonly string _folder = ReportTestSupport.CopyOfSmallRun();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Report()
    {
        new ReportWriter().Write(_folder, html: true, plots: false);
        return File.ReadAllText(Path.Combine(_folder, "report.html"));
    }

    private void WriteCalibration(string json)
    {
        File.WriteAllText(Path.Combine(_folder, OutputFiles.Calibration), json);
        var curves = "group,regime,curve,day,survival,lower95,upper95\n"
            + string.Concat(Enumerable.Range(0, 50).Select(i => $"1,monitors,data,{i * 8},{1 - i * 0.01},{0.95 - i * 0.01},{1 - i * 0.008}\n"))
            + string.Concat(Enumerable.Range(0, 50).Select(i => $"1,monitors,model,{i * 8},{1 - i * 0.011},{0.97 - i * 0.011},{1 - i * 0.01}\n"));
        File.WriteAllText(Path.Combine(_folder, OutputFiles.CalibrationCurves), curves);
        ReportTestSupport.Seal(_folder); // as calibrate lists them: the report reads only what the manifest lists
    }

    [Fact]
    public void Report_WithCalibration_ShowsTheValuesTheGroupsAndTheChart()
    {
        WriteCalibration(Json);

        var html = Report();

        Assert.Contains("<section id=\"calibration\">", html);
        Assert.Contains("<a href=\"#calibration\">Calibrated to data</a>", html);
        Assert.Contains("<code>armed_groups.group.attack_rate</code></td><td>0.0465</td><td>0.0402 – 0.0526</td>", html);
        Assert.Contains("ceasefires.csv", html);
        Assert.Contains("56 / 54.2 (0.81)", html);
        var figure = Regex.Match(html, "<figure data-chart=\"calibration\"[^>]*>(.*?)</figure>", RegexOptions.Singleline);
        Assert.True(figure.Success);
        Assert.Contains("<svg", figure.Groups[1].Value);
        Assert.Contains("day 365 data 61% (50%–70%), model 63% (58%–68%)", figure.Groups[1].Value);
    }

    [Fact]
    public void Report_WithoutCalibration_HasNoSuchSection()
    {
        Assert.DoesNotContain("id=\"calibration\"", Report());
    }

    [Fact]
    public void Report_UnreadableCalibration_SaysSoAndStillRenders()
    {
        WriteCalibration("{ not json");

        var html = Report();

        Assert.Contains("calibration.json could not be read", html);
        Assert.Contains("<section id=\"survival\">", html);
    }
}
