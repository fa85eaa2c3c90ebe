using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Simulator.Loading;

/// <summary>
/// Writes a domain value as canonical text: every public instance property, sorted by name,
/// recursively; doubles in round-trip form under the invariant culture; strings length-prefixed
/// so no two different values can write the same text. Driven by reflection so that a member
/// added to the model later is covered by the hash without anyone remembering to add it here.
/// Properties that are null (an optional key left unset) are left out, so adding an optional key
/// to the model does not change the hash of scenarios that do not use it.
/// </summary>
internal static class CanonicalWriter
{
    public static string Write(object value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder b, object? value)
    {
        switch (value)
        {
            case null:
                b.Append('~');
                break;
            case string s:
                b.Append('s').Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
                break;
            case double d:
                b.Append('d').Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                b.Append(flag ? "T" : "F");
                break;
            case Enum e:
                b.Append('e').Append(e.ToString());
                break;
            case int or long or ulong or uint:
                b.Append('i').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable list:
                b.Append('[');
                foreach (var item in list)
                {
                    WriteValue(b, item);
                    b.Append(',');
                }
                b.Append(']');
                break;
            default:
                WriteObject(b, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder b, object value)
    {
        var type = value.GetType();
        b.Append('{').Append(type.Name).Append(':');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0)
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var member = property.GetValue(value);
            if (member is null) continue;
            b.Append(property.Name).Append('=');
            WriteValue(b, member);
            b.Append(';');
        }
        b.Append('}');
    }
}
