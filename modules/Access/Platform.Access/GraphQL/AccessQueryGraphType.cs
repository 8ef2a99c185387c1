using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Access.Users;
using Platform.Kernel.Errors;

namespace Platform.Access.GraphQL;

internal sealed class AccessQueryGraphType : ObjectGraphType
{
    public AccessQueryGraphType()
    {
        Name = "AccessQuery";
        Description = "Users, roles and the signed-in user.";

        Field<NonNullGraphType<UserGraphType>>("me")
            .Description("The signed-in user.")
            .AllowSignedIn()
            .AllowDuringPasswordChange()
            .ResolveAsync(async ctx =>
            {
                var actor = ctx.RequireActor();
                var session = ctx.RequestServices!.GetRequiredService<IQuerySession>();
                return await session.LoadAsync<UserAccount>(actor.UserId, ctx.CancellationToken)
                    ?? throw PlatformException.NotFound("The signed-in user no longer exists.");
            });

        Field<NonNullGraphType<UserPageGraphType>>("users")
            .Description("Users ordered by phone number, a page at a time.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .Argument<RoleGraphType>("role")
            .Argument<StringGraphType>("search", "Part of the name, or the start of the phone number.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<UserDirectory>().ListAsync(
                ctx.GetArgument<int>("first"), ctx.GetArgument<string?>("after"), ctx.GetArgument<Role?>("role"),
                ctx.GetArgument<string?>("search"), ctx.CancellationToken));

        Field<UserGraphType>("user")
            .Description("One user by id, or null.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var session = ctx.RequestServices!.GetRequiredService<IQuerySession>();
                return await session.LoadAsync<UserAccount>(ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
            });
    }
}
