using GraphQL.Types;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.GraphQL;

internal sealed class LocalizedNameGraphType : ObjectGraphType<LocalizedName>
{
    public LocalizedNameGraphType()
    {
        Name = "LocalizedName";
        Description = "A name in Chinese (shown first) and English.";
        Field(x => x.Zh).Description("Chinese.");
        Field(x => x.En).Description("English.");
    }
}
