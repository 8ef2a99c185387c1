using System.Text;

namespace Platform.Organization.Roster;

/// <summary>One record of a CSV text; <c>Row</c> counts records from 1 (the header), as a spreadsheet numbers rows.</summary>
internal sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);

/// <summary>
/// RFC 4180: fields separated by commas, records by CRLF or LF, a field in double quotes may hold
/// commas, line breaks and doubled quotes. Lenient where spreadsheets are (a UTF-8 BOM, a bare quote
/// inside an unquoted field, blank lines and rows of empty fields); strict where data would be lost
/// (an unclosed quote).
/// </summary>
internal static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var row = 1;
        while (i <= text.Length)
        {
            if (i < text.Length && text[i] == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i + 1, field, row);
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new FormatException($"Row {row}: after a closing quote comes a comma or the end of the line.");
                continue;
            }
            if (i == text.Length || text[i] is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Any(f => f.Length > 0)) records.Add(new CsvRecord(row, fields.ToArray()));
                fields.Clear();
                if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n') i++;
                i++;
                row++;
                continue;
            }
            if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(text[i]);
            }
            i++;
        }
        return records;
    }

    /// <summary>Reads a quoted field's content from just after its opening quote; returns the index after the closing quote.</summary>
    private static int ReadQuoted(string text, int i, StringBuilder field, int row)
    {
        while (i < text.Length)
        {
            if (text[i] != '"')
            {
                field.Append(text[i++]);
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
                continue;
            }
            return i + 1;
        }
        throw new FormatException($"Row {row}: a quoted field is never closed.");
    }
}
