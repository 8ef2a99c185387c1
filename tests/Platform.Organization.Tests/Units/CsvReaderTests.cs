using Platform.Organization.Roster;

namespace Platform.Organization.Tests.Units;

public sealed class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var records = CsvReader.Read("name,address\r\n\"王, 小明\",\"说\"\"你好\"\"\"\r\n\"李\n四\",x\r\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(["王, 小明", "说\"你好\""], records[1].Fields);
        Assert.Equal(["李\n四", "x"], records[2].Fields);
        Assert.Equal([1, 2, 3], records.Select(r => r.Row));
    }

    [Fact]
    public void A_byte_order_mark_blank_lines_and_rows_of_empty_fields_are_ignored_but_rows_keep_their_spreadsheet_numbers()
    {
        var records = CsvReader.Read("\uFEFFa,b\n\n1,2\n,\n3,\"\"");
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal([1, 3, 5], records.Select(r => r.Row));
        Assert.Equal(["3", ""], records[2].Fields);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_written()
    {
        Assert.Equal(["5\" 屏", "x"], CsvReader.Read("5\" 屏,x")[0].Fields);
    }

    [Theory]
    [InlineData("a,\"never closed\nb,c")]
    [InlineData("\"closed\"then more,b")]
    public void Text_that_would_lose_data_is_refused(string csv)
    {
        Assert.Throws<FormatException>(() => CsvReader.Read(csv));
    }
}
