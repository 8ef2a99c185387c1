using System.Globalization;
using Platform.DataFiles;
using YamlDotNet.RepresentationModel;

namespace Platform.Points.Rules;

/// <summary>The reads only a rules file needs (validity and holiday dates, the night's hours), recorded like the shared ones.</summary>
internal static class DateReads
{
    public static DateOnly? Date(this YamlFileReader reader, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        reader.Error(node, $"{what} is a date written yyyy-MM-dd.");
        return null;
    }

    public static TimeOnly? Time(this YamlFileReader reader, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text }
            && TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        reader.Error(node, $"{what} is a time of day written HH:mm (quote it: \"22:00\").");
        return null;
    }
}
