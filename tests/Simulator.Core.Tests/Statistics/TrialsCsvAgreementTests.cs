using System.Globalization;
using Simulator.Engine;
using Simulator.Output;
using Simulator.Results;
using Simulator.Statistics;
using Simulator.Tests.Engine;

namespace Simulator.Tests.Statistics;

/// <summary>
/// What backs "the curve agrees with R's survfit on trials.csv": a real run writes trials.csv and
/// survival.csv; the curve estimated afresh from trials.csv's rows (as survfit would read them) is
/// the one in survival.csv, row for row and to the last bit of the file's 12 significant digits, and
/// likewise the cause curves of causes.csv.
/// </summary>
public sealed class TrialsCsvAgreementTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trials-csv-agreement-").FullName;

    [Fact]
    public void SurvivalCsv_OfARealRun_IsTheKaplanMeierCurveOfItsTrialsCsv()
    {
        var (report, trials) = RunRich(1500);
        var survival = ReadCsv(SurvivalCsv.Render(report));

        foreach (var regime in report.Regimes)
        {
            var id = regime.Regime.Id;
            var rows = trials.Where(t => t.Regime == id).ToArray();
            Assert.Equal(1500, rows.Length);
            var table = SurvivalTable.FromObservations(rows.Select(r => r.Days).ToArray(), rows.Select(r => r.Collapsed).ToArray());
            var curve = KaplanMeier.Estimate(table);
            var hazard = NelsonAalen.Estimate(table);
            var written = survival.Where(r => r["regime"] == id).ToArray();

            Assert.Equal(curve.Points.Count, written.Length);
            Assert.True(curve.Points.Count > 50, "the run should have many distinct collapse times");
            for (var i = 0; i < written.Length; i++)
            {
                var p = curve.Points[i];
                Assert.Equal(p.Time, Number(written[i]["day"]));
                Assert.Equal(p.AtRisk, long.Parse(written[i]["at_risk"], CultureInfo.InvariantCulture));
                Assert.Equal(p.Events, long.Parse(written[i]["events"], CultureInfo.InvariantCulture));
                Assert.Equal(p.Censored, long.Parse(written[i]["censored"], CultureInfo.InvariantCulture));
                Assert.Equal(OutputNumber.Clean(p.Survival), Number(written[i]["survival"]));
                Assert.Equal(OutputNumber.Clean(p.Lower), Number(written[i]["lower95"]));
                Assert.Equal(OutputNumber.Clean(p.Upper), Number(written[i]["upper95"]));
                Assert.Equal(OutputNumber.Clean(p.StandardError), Number(written[i]["std_error"]));
                Assert.Equal(OutputNumber.Clean(hazard.Points[i].CumulativeHazard), Number(written[i]["cumhaz"]));
                Assert.Equal(OutputNumber.Clean(hazard.Points[i].StandardError), Number(written[i]["cumhaz_std_error"]));
            }
        }
    }

    [Fact]
    public void CausesCsv_OfARealRun_IsTheAalenJohansenCurveOfItsTrialsCsv()
    {
        var (report, trials) = RunRich(1500);
        var causes = ReadCsv(CausesCsv.Render(report));
        Assert.NotEmpty(causes);

        foreach (var regime in report.Regimes)
        {
            var id = regime.Regime.Id;
            var rows = trials.Where(t => t.Regime == id).ToArray();
            var names = rows.Where(r => r.Collapsed).Select(r => r.Cause).Distinct().ToList();
            var fit = CumulativeIncidence.FromObservations(
                rows.Select(r => r.Days).ToArray(),
                rows.Select(r => r.Collapsed ? names.IndexOf(r.Cause) : -1).ToArray());
            foreach (var row in causes.Where(r => r["regime"] == id))
            {
                var at = fit.At(names.IndexOf(row["cause"]), Number(row["day"]));
                Assert.Equal(at.Incidence, Number(row["cumulative_incidence"]), 1e-12);
                Assert.Equal(at.StandardError, Number(row["std_error"]), 1e-12);
            }
        }
    }

    private (RunReport Report, List<(string Regime, double Days, bool Collapsed, string Cause)> Trials) RunRich(long trials)
    {
        var scenario = TestScenarios.Rich() with { Trials = (int)trials };
        var causes = new CauseCatalog(scenario);
        var path = Path.Combine(_folder, OutputFiles.Trials);
        RunResult result;
        using (var writer = new TrialsCsvWriter(path, scenario.Regimes.Select(r => r.Id).ToArray(), causes))
        {
            result = EngineRuns.Run(scenario, trials, threads: 2, blockSize: 256, sink: writer);
            writer.Commit();
        }
        var report = RunReport.Build(scenario, new string('0', 64), "test", [], result, causes);

        var rows = ReadCsv(File.ReadAllText(path))
            .Select(r => (r["regime"], Number(r["duration_days"]), r["collapsed"] == "1", r["cause"]))
            .ToList();
        return (report, rows);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line => line.Split(','))
            .Select(fields => header.Select((name, i) => (name, fields[i])).ToDictionary(p => p.name, p => p.Item2))
            .ToList();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
