using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Points.Ledger;

/// <summary>
/// A batch's event bodies and reason headers as UTF-8, as the ledger's statement sends them. The
/// store's serializer gives each as a string: its UTF-8 turned into UTF-16, escaped where it is
/// not ASCII (every Chinese reason), and turned back into UTF-8 by Npgsql, with the strings alive
/// until the commit ends. The JSON is the store's (camel case, enums by name:
/// <c>MartenSetup</c>); <c>LedgerJsonTests</c> holds the two to each other. PostgreSQL keeps jsonb
/// parsed, so the stored events are the same either way.
/// </summary>
internal sealed class LedgerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        // The text goes only to PostgreSQL, never into a page, so nothing needs escaping for HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    public LedgerJson() => _writer = new Utf8JsonWriter(_buffer, WriterOptions);

    public byte[] Body(object @event)
    {
        JsonSerializer.Serialize(_writer, @event, @event.GetType(), Options);
        return Take();
    }

    /// <summary>The headers Marten would write for <c>{ reason }</c>.</summary>
    public byte[] ReasonHeader(string reason)
    {
        _writer.WriteStartObject();
        _writer.WriteString("reason", reason);
        _writer.WriteEndObject();
        return Take();
    }

    private byte[] Take()
    {
        _writer.Flush();
        var json = _buffer.WrittenSpan.ToArray();
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return json;
    }
}
