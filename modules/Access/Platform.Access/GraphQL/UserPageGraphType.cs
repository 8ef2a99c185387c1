using GraphQL.Types;
using Platform.Access.Users;

namespace Platform.Access.GraphQL;

internal sealed class UserPageGraphType : ObjectGraphType<UserPage>
{
    public UserPageGraphType()
    {
        Name = "UserPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(x => x.TotalCount).Description("Users matching the filter, over all pages.");
        Field(x => x.NextCursor, nullable: true).Description("Pass as 'after' for the next page; null on the last.");
    }
}
