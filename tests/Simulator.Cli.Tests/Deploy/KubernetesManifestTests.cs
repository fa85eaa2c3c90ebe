using System.Diagnostics;
using System.Text.RegularExpressions;
using Simulator.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Simulator.Cli.Tests.Deploy;

/// <summary>
/// deploy/kubernetes and deploy/container, checked without a cluster (none can run here): the
/// manifests parse, the Indexed Job's index and count reach the simulator's command line, and the
/// two Jobs' commands, run here as their pods would run them (the volume's mount path mapped to a
/// temporary folder, --trials lowered), merge into the single run's bytes.
/// </summary>
public sealed class KubernetesManifestTests : IDisposable
{
    private const string MountPath = "/work";
    private static readonly string[] RunFiles = ["summary.json", "scenario.yaml", "survival.csv", "comparisons.csv", "causes.csv", "report.html"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Manifests_Parse_AsNamedKubernetesObjects()
    {
        var files = Directory.GetFiles(RepoPaths.Of("deploy", "kubernetes"), "*.yaml").Order().Select(f => Path.GetFileName(f)).ToArray();

        Assert.Equal(["merge-job.yaml", "shards-job.yaml", "volume.yaml"], files);
        foreach (var file in files)
        {
            var manifest = Load(file);
            Assert.False(string.IsNullOrEmpty(Text(manifest, "apiVersion")), file);
            Assert.False(string.IsNullOrEmpty(Text(manifest, "metadata", "name")), file);
        }
        Assert.Equal(("v1", "PersistentVolumeClaim", "ReadWriteMany"),
            (Text(Load("volume.yaml"), "apiVersion"), Text(Load("volume.yaml"), "kind"), Texts(Load("volume.yaml"), "spec", "accessModes").Single()));
    }

    [Fact]
    public void ShardsJob_IsIndexed_AndItsIndexAndCountReachTheCommandLine()
    {
        var job = Load("shards-job.yaml");
        var container = Container(job);
        var args = Texts(container, "args");
        var completions = int.Parse(Text(job, "spec", "completions"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(("batch/v1", "Job", "Indexed", "Never"), (Text(job, "apiVersion"), Text(job, "kind"), Text(job, "spec", "completionMode"), Text(job, "spec", "template", "spec", "restartPolicy")));
        Assert.InRange(int.Parse(Text(job, "spec", "parallelism"), System.Globalization.CultureInfo.InvariantCulture), 1, completions);
        Assert.Equal($"auto/{completions}", After(args, "--shard"));
        Assert.Equal($"{MountPath}/shards/$(JOB_COMPLETION_INDEX)", After(args, "--out"));
        var index = Sequence(container, "env").Children.Cast<YamlMappingNode>().Single(e => Text(e, "name") == "JOB_COMPLETION_INDEX");
        Assert.Equal("metadata.annotations['batch.kubernetes.io/job-completion-index']", Text(index, "valueFrom", "fieldRef", "fieldPath"));
        AssertMountsTheSharedVolume(job);
        AssertMountsTheSharedVolume(Load("merge-job.yaml"));
    }

    [Fact]
    public async Task Jobs_RunAsTheirPodsWouldRunThem_MergeIntoTheSingleRunsBytes()
    {
        var job = Load("shards-job.yaml");
        var completions = int.Parse(Text(job, "spec", "completions"), System.Globalization.CultureInfo.InvariantCulture);
        var args = Texts(Container(job), "args").ToArray();
        args[Array.IndexOf(args, "--trials") + 1] = "401"; // a short run; uneven across the shards
        var single = await SimulatorProcess.RunAsync(["run", "--trials", "401", "--out", _temp.Of("single"), "--report", "--quiet"], _temp.Path);
        CliAssert.ExitCode(0, single);

        for (var index = 0; index < completions; index++)
        {
            var environment = new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var pod = args.Select(a => Mapped(Expanded(a, environment))).ToArray();
            CliAssert.ExitCode(0, await SimulatorProcess.RunAsync(pod, _temp.Path, environment: environment));
            Assert.True(File.Exists(_temp.Of($"work/shards/{index}/shard.bin")), $"pod {index} wrote no shard");
        }
        var merge = Container(Load("merge-job.yaml"));
        Assert.Equal(["/bin/sh", "-c"], Texts(merge, "command"));
        var (code, output) = await ShellAsync(Mapped(Texts(merge, "args").Single()));

        Assert.True(code == 0, output);
        foreach (var file in RunFiles) CliAssert.SameOutput(_temp.Of($"single/{file}"), _temp.Of($"work/merged/{file}"));
    }

    [Fact]
    public void Dockerfile_BuildsOnTheOfficialRuntimeImage_ThatTheManifestsName()
    {
        var lines = File.ReadAllLines(RepoPaths.Of("deploy", "container", "Dockerfile"));
        var stages = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToArray();
        var version = Regex.Match(File.ReadAllText(RepoPaths.Of("Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

        Assert.Equal("FROM mcr.microsoft.com/dotnet/runtime:10.0", stages[^1]);
        Assert.Contains(lines, l => l.Contains("dotnet publish src/Simulator.Cli -c Release", StringComparison.Ordinal));
        Assert.Equal("ENTRYPOINT [\"truce-sim\"]", lines.Last(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        Assert.Contains($"docker build -f deploy/container/Dockerfile -t truce-sim:{version} .", File.ReadAllText(RepoPaths.Of("docs", "scale-out.md")), StringComparison.Ordinal);
        foreach (var file in new[] { "shards-job.yaml", "merge-job.yaml" })
        {
            Assert.Equal($"truce-sim:{version}", Text(Container(Load(file)), "image"));
        }
    }

    private static void AssertMountsTheSharedVolume(YamlMappingNode job)
    {
        var claim = Text(Load("volume.yaml"), "metadata", "name");
        var volume = (YamlMappingNode)Sequence(job, "spec", "template", "spec", "volumes").Children.Single();
        var mount = (YamlMappingNode)Sequence(Container(job), "volumeMounts").Children.Single();
        Assert.Equal(claim, Text(volume, "persistentVolumeClaim", "claimName"));
        Assert.Equal((Text(volume, "name"), MountPath), (Text(mount, "name"), Text(mount, "mountPath")));
    }

    // Kubernetes expands $(NAME) in args from the container's environment.
    private static string Expanded(string arg, IReadOnlyDictionary<string, string> environment) =>
        Regex.Replace(arg, @"\$\(([A-Z_][A-Z0-9_]*)\)", m => environment.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    private string Mapped(string arg) => arg.Replace(MountPath + "/", _temp.Of("work") + "/", StringComparison.Ordinal);

    // The merge pod's shell command, with `truce-sim` on PATH being this build.
    private async Task<(int Code, string Output)> ShellAsync(string script)
    {
        var bin = Directory.CreateDirectory(_temp.Of("bin")).FullName;
        var shim = Path.Combine(bin, "truce-sim");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        File.WriteAllText(shim, $"#!/bin/sh\nexec \"{dotnet}\" \"{SimulatorProcess.ProgramPath}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var info = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", script }, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _temp.Path };
        info.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepoPaths.Of("deploy", "kubernetes", file));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlMappingNode Container(YamlMappingNode job) =>
        (YamlMappingNode)Assert.Single(Sequence(job, "spec", "template", "spec", "containers").Children);

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var key in path) node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        return node;
    }

    private static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)Node(node, path)).Value!;

    private static YamlSequenceNode Sequence(YamlNode node, params string[] path) => (YamlSequenceNode)Node(node, path);

    private static IReadOnlyList<string> Texts(YamlNode node, params string[] path) =>
        Sequence(node, path).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();

    private static string After(IReadOnlyList<string> args, string option) => args[args.ToList().IndexOf(option) + 1];
}
