using System.Text;
using Simulator.Model;
using Simulator.Storage;

namespace Simulator.Loading;

/// <summary>
/// Loads and validates scenario files (docs/scenario-format.md). Never throws for a bad file:
/// every problem, with its file, line, column and key path, is in the result.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>
    /// Loads the scenario at <paramref name="path"/>, then applies <paramref name="overrides"/>
    /// (<c>key.path=value</c>, as given to <c>--set</c>) before validation.
    /// A missing, unreadable or oversized file is an error naming the file, and so is anything that
    /// is not a regular file (a folder, a device such as /dev/zero, a FIFO, a socket): refused at once,
    /// without blocking on a FIFO, and the size limit counts the bytes actually read.
    /// </summary>
    public static ScenarioLoadResult LoadFile(string path, IReadOnlyList<string>? overrides = null)
    {
        var sink = new ErrorSink(path);
        string text;
        try
        {
            // A link to a regular file is the user's choice; the type is checked on the opened file.
            var bytes = SafeFile.ReadAllBytes(path, LoadLimits.MaxFileBytes, followLinks: true);
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            sink.FileError("file not found");
            return Result(sink, null);
        }
        catch (UnsafeFileException ex)
        {
            sink.FileError(SafeFile.IsTooLarge(ex)
                ? $"the file is more than {LoadLimits.MaxFileBytes} bytes; scenario files are limited to {LoadLimits.MaxFileBytes} bytes (1 MiB)"
                : ex.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? ex.Message[(path.Length + 2)..] : ex.Message);
            return Result(sink, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            sink.FileError($"cannot read the file: {ex.Message}");
            return Result(sink, null);
        }
        return Load(text, sink, overrides);
    }

    /// <summary>
    /// Loads a scenario from YAML text; <paramref name="displayName"/> names it in errors.
    /// <paramref name="overrides"/> are applied as in <see cref="LoadFile"/>.
    /// </summary>
    public static ScenarioLoadResult LoadText(string yaml, string displayName, IReadOnlyList<string>? overrides = null)
    {
        var sink = new ErrorSink(displayName);
        var bytes = Encoding.UTF8.GetByteCount(yaml);
        if (bytes > LoadLimits.MaxFileBytes)
        {
            sink.FileError(TooLarge(bytes));
            return Result(sink, null);
        }
        return Load(yaml, sink, overrides);
    }

    private static ScenarioLoadResult Load(string yaml, ErrorSink sink, IReadOnlyList<string>? overrides)
    {
        var root = TreeBuilder.Build(yaml, sink);
        // A document that did not parse is not mapped: every key would look missing and bury the real error.
        // Duplicate keys and unknown aliases are not fatal: mapping goes on to report the rest too.
        if (root is null)
        {
            return Result(sink, null) with { SourceText = yaml };
        }
        if (overrides is { Count: > 0 })
        {
            root = OverrideApplier.Apply(root, overrides, sink);
        }
        root = UncertainReader.Resolve(root, sink, out var uncertain);
        root = UncertainReader.ResolvePerTrial(root, sink, out var variations);
        var scenario = ScenarioMapper.Map(root, sink);
        if (scenario is not null && variations.Count > 0) scenario = scenario with { TrialVariations = variations };
        var sweep = SweepSectionReader.Read(root, sink, validateValues: scenario is not null);
        return Result(sink, scenario) with { Sweep = sweep, Uncertain = uncertain, Source = new SourceLocator(root, sink.DisplayName), SourceText = yaml };
    }

    private static string TooLarge(long bytes) =>
        $"the file is {bytes} bytes; scenario files are limited to {LoadLimits.MaxFileBytes} bytes (1 MiB)";

    private static ScenarioLoadResult Result(ErrorSink sink, Scenario? scenario) => new()
    {
        Scenario = sink.HasErrors ? null : scenario,
        Errors = [.. sink.Errors],
        Warnings = [.. sink.Warnings],
    };
}
