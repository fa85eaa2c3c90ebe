using System.Globalization;
using Simulator.Application.Scenarios;
using Simulator.Application.Studies;
using Simulator.Checkpoints;
using Simulator.Studies.Sensitivity;

namespace Simulator.Application.Merging;

/// <summary>
/// Builds a study's plan again from what its shards carry (scenario text, overrides, regimes and the
/// design options of <see cref="StudyPlan.DesignOptions"/>), through the same StudyPipeline
/// preparation, so the merge writes the files of exactly that study.
/// </summary>
internal static class StudyRecipe
{
    public static StudyPlan Prepare(StudyPipeline pipeline, ShardRecord shard, string outputFolder, bool force)
    {
        var common = new StudySpec
        {
            Scenario = ScenarioInput.Text(shard.ScenarioText, shard.ScenarioSource),
            Overrides = shard.Overrides,
            Regimes = shard.RegimeIds,
            OutputFolder = outputFolder,
            Force = force,
        };
        string Get(string name) => shard.StudyOptions.FirstOrDefault(o => o.Key == name).Value
            ?? throw new InputRejectedException("merge", $"the shards' {shard.Command} options lack '{name}': run them again with this program");
        int Number(string name) => int.Parse(Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture);
        return shard.Command switch
        {
            "sweep" => pipeline.PrepareSweep(new SweepSpec(common, shard.StudyOptions.Where(o => o.Key == "vary").Select(o => o.Value).ToArray())),
            "sample" => pipeline.PrepareSample(new SampleSpec(common, Get("design"), Number("points"))),
            _ => pipeline.PrepareSensitivity(new SensitivitySpec
            {
                Common = common,
                Method = Enum.Parse<SensitivityMethod>(Get("method")),
                Output = Enum.Parse<SensitivityOutput>(Get("output")),
                Points = Number("points"),
                Levels = Number("levels"),
                Resamples = Number("resamples"),
            }),
        };
    }
}
