using System.Text.Json;
using Simulator.Application;
using Simulator.Application.Calibration;
using Simulator.Application.Scenarios;
using Simulator.Output;
using Simulator.Output.Calibration;
using Simulator.Tests.Application.Calibration;
using Simulator.Tests.Support;

namespace Simulator.Tests.Output;

/// <summary>Keeps docs/calibration.md honest: every key of calibration.json, the curves' header and every file calibrate writes are documented.</summary>
public sealed class CalibrationDocTests : IDisposable
{
    private static readonly string Doc = File.ReadAllText(RepoPaths.Of("docs", "calibration.md")).Replace("\r\n", "\n");

    private readonly string _folder = Directory.CreateTempSubdirectory("calibration-doc-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Doc_DescribesEveryKeyOfCalibrationJsonAndTheCurvesHeader()
    {
        var data = Path.Combine(_folder, "data.csv");
        File.WriteAllText(data, SyntheticDurations.Csv(SyntheticDurations.Rows(SyntheticDurations.ConstantHazard, "monitors", 60, seed: 2, horizonDays: 120)));
        var pipeline = new CalibrationPipeline(new ApplicationSettings());
        var result = pipeline.Execute(pipeline.Prepare(new CalibrationSpec
        {
            Scenario = ScenarioInput.Text(SyntheticDurations.ConstantHazard, "truth.yaml"),
            DataFile = data,
            DurationColumn = "days",
            EventColumn = "failed",
            Fit = ["armed_groups.group.attack_rate=0.01:0.2"],
            Trials = 300,
            HorizonDays = 120,
        })).Result!;

        using var json = JsonDocument.Parse(CalibrationJson.Render(result));
        var missing = KeysOf(json.RootElement).Where(key => !Doc.Contains($"\"{key}\":", StringComparison.Ordinal)).ToArray();

        Assert.True(missing.Length == 0, "undocumented keys: " + string.Join(", ", missing));
        Assert.Contains($"\"schema_version\": {CalibrationJson.SchemaVersion},", Doc);
        Assert.Contains("\n" + CalibrationCurvesCsv.Format(result).Split('\n')[0] + "\n", Doc);

        // One model writes and reads the file: what is read renders to the same bytes.
        var text = CalibrationJson.Render(result);
        var read = CalibrationJson.Read(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, CalibrationJson.Render(read));
        Assert.Equal(result.Parameters[0].Estimate, read.Parameters[0].Estimate);
        Assert.Equal(result.Groups[0].Holds.Count, read.Groups[0].Holds.Count);
    }

    [Fact]
    public void Doc_NamesEveryFileCalibrateWrites()
    {
        foreach (var file in new[] { OutputFiles.Calibrated, OutputFiles.Calibration, OutputFiles.CalibrationCurves })
        {
            Assert.Contains("`" + file + "`", Doc);
        }
    }

    private static IEnumerable<string> KeysOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => KeysOf(p.Value).Prepend(p.Name)).Distinct(),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(KeysOf).Distinct(),
        _ => [],
    };
}
