using System.Text.Json;
using Simulator.Application;
using Simulator.Diagnostics;
using Simulator.Service.Store;

namespace Simulator.Service.Api;

/// <summary>
/// Reads the JSON body of POST /api/runs and /api/validate into a submission, naming every wrong key
/// or value (with line and column of the body for malformed JSON) instead of stopping at the first.
/// </summary>
public static class SubmissionReader
{
    /// <summary>Where body problems point.</summary>
    public const string Source = "request";

    private static readonly string[] Keys = ["scenario", "name", "trials", "seed", "horizon", "regimes", "set"];

    /// <summary>The submission in <paramref name="body"/>; throws <see cref="InputRejectedException"/> with every problem.</summary>
    public static RunSubmission Read(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new InputRejectedException([new Problem
            {
                File = Source,
                Line = (int)(e.LineNumber ?? 0) + 1,
                Column = (int)(e.BytePositionInLine ?? 0) + 1,
                Message = "the body is not valid JSON: " + Plain(e.Message) + " Send an object such as {\"trials\": 1000, \"seed\": 7}.",
            }]);
        }
        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static RunSubmission Read(JsonElement root)
    {
        var problems = new List<Problem>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InputRejectedException([Problem("", $"the body must be a JSON object with keys {string.Join(", ", Keys)}; it is {Kind(root)}")]);
        }
        var submission = new RunSubmission();
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "scenario" when value.ValueKind is JsonValueKind.String:
                    submission = submission with { Scenario = value.GetString() };
                    break;
                case "scenario" when value.ValueKind is JsonValueKind.Null:
                    break;
                case "name" when value.ValueKind is JsonValueKind.String && ValidName(value.GetString()!):
                    submission = submission with { Name = value.GetString()! };
                    break;
                case "trials" when value.ValueKind is JsonValueKind.Number && value.TryGetInt64(out var trials):
                    submission = submission with { Trials = trials };
                    break;
                case "seed" when value.ValueKind is JsonValueKind.Number && value.TryGetUInt64(out var seed):
                    submission = submission with { Seed = seed };
                    break;
                case "horizon" when value.ValueKind is JsonValueKind.Number:
                    submission = submission with { Horizon = value.GetDouble() };
                    break;
                case "regimes" when Strings(value) is { } regimes:
                    submission = submission with { Regimes = regimes };
                    break;
                case "set" when Strings(value) is { } set:
                    submission = submission with { Set = set };
                    break;
                case "trials" or "seed" or "horizon" or "regimes" or "set" or "scenario" or "name" when value.ValueKind is JsonValueKind.Null:
                    break;
                default:
                    problems.Add(Keys.Contains(property.Name)
                        ? Problem(property.Name, Expected(property.Name, value))
                        : Problem(property.Name, $"unknown key '{property.Name}'{Suggestion(property.Name)}; the keys are {string.Join(", ", Keys)}"));
                    break;
            }
        }
        if (problems.Count > 0) throw new InputRejectedException(problems);
        return submission;
    }

    private static string Expected(string key, JsonElement value) => key switch
    {
        "scenario" => $"expected the scenario's YAML text as a string (or null for the built-in scenario); got {Kind(value)}",
        "name" => $"expected a file name of 1 to 200 characters without '/', '\\' or control characters; got {Kind(value)}",
        "trials" => $"expected a whole number of trials per regime; got {Kind(value)}",
        "seed" => $"expected a whole number from 0 to 18446744073709551615; got {Kind(value)}",
        "horizon" => $"expected the horizon in days as a number; got {Kind(value)}",
        _ => $"expected a list of strings; got {Kind(value)}",
    };

    private static string Suggestion(string key) => NameSuggester.Nearest(key, Keys) is { } nearest ? $" (did you mean '{nearest}'?)" : "";

    private static string[]? Strings(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) return null;
        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) return null;
            items.Add(item.GetString()!);
        }
        return items.ToArray();
    }

    private static bool ValidName(string name) =>
        name.Length is > 0 and <= 200 && !name.Any(c => char.IsControl(c) || c is '/' or '\\');

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 5." — the problem carries that already.
    private static string Plain(string message)
    {
        var cuts = new[] { message.IndexOf(" Path:", StringComparison.Ordinal), message.IndexOf(" LineNumber:", StringComparison.Ordinal) }.Where(i => i >= 0);
        var text = cuts.Any() ? message[..cuts.Min()] : message;
        return text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";
    }

    private static Problem Problem(string path, string message) => new() { File = Source, Path = path, Message = message };
}
