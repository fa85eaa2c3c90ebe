using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Simulator.Application;
using Simulator.Diagnostics;
using Simulator.Service.Settings;

namespace Simulator.Cli.Hosting;

/// <summary>
/// Checks tool settings before anything binds them, so a mistake is refused (exit 2) in words
/// naming where it came from: an unknown key (with the nearest known one), a value that is not a
/// whole number, one outside its [Range]. Sections other front ends own are listed in
/// <see cref="Sections"/>; keys under any other section are refused when the user gave them
/// (<c>--config</c>, <c>SIMULATOR_</c> variables).
/// </summary>
internal static class SettingsCheck
{
    /// <summary>Known top-level sections and the settings class each binds to (null: free-form, e.g. Logging).</summary>
    public static readonly IReadOnlyList<(string Name, Type? Settings)> Sections =
    [
        (ApplicationSettings.Section, typeof(ApplicationSettings)),
        (ServiceSettings.Section, typeof(ServiceSettings)),
        ("Logging", null),
    ];

    public static IReadOnlyList<Problem> Problems(IConfigurationRoot configuration)
    {
        var problems = new List<Problem>();
        foreach (var section in configuration.GetChildren())
        {
            var known = Sections.FirstOrDefault(s => string.Equals(s.Name, section.Key, StringComparison.OrdinalIgnoreCase));
            if (known.Name is null)
            {
                foreach (var leaf in Leaves(section))
                {
                    if (Source(configuration, leaf.Path) is not { } where || where == AppSettingsFile) continue;
                    problems.Add(Unknown(where, leaf.Path, Sections.Where(s => s.Settings is not null).SelectMany(s => Keys(s.Name, s.Settings!)).ToList()));
                }
                continue;
            }
            if (known.Settings is null) continue;
            var properties = known.Settings.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
            foreach (var leaf in Leaves(section))
            {
                var where = Source(configuration, leaf.Path) ?? AppSettingsFile;
                var name = leaf.Path[(section.Path.Length + 1)..];
                var property = properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (property is null)
                {
                    problems.Add(Unknown(where, leaf.Path, Keys(known.Name, known.Settings)));
                    continue;
                }
                if (Invalid(property, leaf.Value) is { } message)
                {
                    problems.Add(new Problem { File = where, Path = $"{known.Name}:{property.Name}", Message = message });
                }
            }
        }
        return problems;
    }

    private const string AppSettingsFile = "appsettings.json";

    /// <summary>Problems with the shape of <c>--config</c> values (each must be Section:Key=value).</summary>
    public static IReadOnlyList<Problem> Shape(IEnumerable<string> configValues) =>
        configValues.Where(v => v.IndexOf('=', StringComparison.Ordinal) <= 0)
            .Select(v => new Problem { File = "--config", Message = $"expected Section:Key=value, e.g. Simulator:BlockSize=1024; found '{v}'" })
            .ToList();

    private static Problem Unknown(string where, string path, IReadOnlyCollection<string> keys) => new()
    {
        File = where,
        Message = $"unknown setting '{path}'",
        Help = NameSuggester.Help(path, keys),
    };

    private static List<string> Keys(string section, Type settings) =>
        settings.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => $"{section}:{p.Name}").ToList();

    /// <summary>Why the text cannot be the property's value; null when it can.</summary>
    private static string? Invalid(PropertyInfo property, string? text)
    {
        text ??= "";
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        double value;
        if (type == typeof(int) || type == typeof(long))
        {
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return $"expected a whole number, found '{text}'";
            value = whole;
        }
        else if (type == typeof(double))
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value)) return $"expected a number, found '{text}'";
        }
        else if (type == typeof(bool))
        {
            return bool.TryParse(text, out _) ? null : $"expected true or false, found '{text}'";
        }
        else
        {
            return null;
        }
        if (property.GetCustomAttribute<RangeAttribute>() is { } range
            && (value < Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture) || value > Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"must be between {range.Minimum:N0} and {range.Maximum:N0}; found {text}");
        }
        return null;
    }

    private static IEnumerable<IConfigurationSection> Leaves(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            yield return section;
            yield break;
        }
        foreach (var child in children)
        {
            foreach (var leaf in Leaves(child)) yield return leaf;
        }
    }

    /// <summary>Where the value in force came from: the last provider that has the key.</summary>
    private static string? Source(IConfigurationRoot configuration, string path)
    {
        foreach (var provider in configuration.Providers.Reverse())
        {
            if (!provider.TryGet(path, out _)) continue;
            return provider switch
            {
                CommandLineConfigurationProvider => "--config",
                EnvironmentVariablesConfigurationProvider => $"SIMULATOR_{path.Replace(":", "__", StringComparison.Ordinal)}",
                _ => AppSettingsFile,
            };
        }
        return null;
    }
}
