using GraphQL.Types;
using Platform.Access.Users;

namespace Platform.Access.GraphQL;

internal sealed class CreateUserPayloadGraphType : ObjectGraphType<CreatedUser>
{
    public CreateUserPayloadGraphType()
    {
        Name = "CreateUserPayload";
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(ctx => ctx.Source.User);
        Field<StringGraphType>("oneTimePassword")
            .Description("Shown once when no password was given: hand it to the user, who must change it at first sign-in.")
            .Resolve(ctx => ctx.Source.OneTimePassword);
    }
}
