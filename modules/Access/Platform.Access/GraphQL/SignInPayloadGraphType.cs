using GraphQL.Types;
using Platform.Access.SignIn;

namespace Platform.Access.GraphQL;

internal sealed class SignInPayloadGraphType : ObjectGraphType<SignedIn>
{
    public SignInPayloadGraphType()
    {
        Name = "SignInPayload";
        Field<NonNullGraphType<StringGraphType>>("token")
            .Description("Send it as 'Authorization: Bearer <token>'.")
            .Resolve(ctx => ctx.Source.Token.Token);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(ctx => ctx.Source.Token.ExpiresAt);
        Field<NonNullGraphType<BooleanGraphType>>("mustChangePassword")
            .Description("When true, the token only allows changePassword and me.")
            .Resolve(ctx => ctx.Source.User.MustChangePassword);
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(ctx => ctx.Source.User);
    }
}
