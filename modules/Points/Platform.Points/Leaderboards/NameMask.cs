using System.Globalization;

namespace Platform.Points.Leaderboards;

/// <summary>
/// How a name shows to someone who may not see it whole: the first and last characters with a star
/// between (张*明, 欧**明), the first and a star for two (张*), a star alone for one. Counted in
/// text elements, so a character outside the basic plane is never split.
/// </summary>
internal static class NameMask
{
    public static string Mask(string name)
    {
        var parts = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(name.Trim());
        while (e.MoveNext()) parts.Add(e.GetTextElement());
        return parts.Count switch
        {
            0 or 1 => "*",
            2 => parts[0] + "*",
            _ => parts[0] + new string('*', parts.Count - 2) + parts[^1],
        };
    }
}
