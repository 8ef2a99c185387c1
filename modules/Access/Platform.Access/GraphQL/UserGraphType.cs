using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Access.Users;

namespace Platform.Access.GraphQL;

internal sealed class UserGraphType : ObjectGraphType<UserAccount>
{
    public UserGraphType()
    {
        Name = "User";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Phone);
        Field(x => x.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGrantGraphType>>>>("roles").Resolve(ctx => ctx.Source.Grants);
        Field(x => x.Disabled);
        Field(x => x.MustChangePassword).Description("The user signed in with a one-time password and must choose a new one.");
        Field(x => x.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("history")
            .Description("Every change to the user, oldest first.")
            .AllowRoles(Role.ProgrammeAdmin)
            .ResolveAsync(async ctx =>
            {
                var session = ctx.RequestServices!.GetRequiredService<IQuerySession>();
                var events = await session.Events.FetchStreamAsync(ctx.Source.Id, token: ctx.CancellationToken);
                return events.Select(AuditEntry.From).ToList();
            });
    }
}
