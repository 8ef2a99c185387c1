using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Access.SignIn;
using Platform.Access.Tokens;
using Platform.Access.Users;

namespace Platform.Access.GraphQL;

internal sealed class AccessMutationGraphType : ObjectGraphType
{
    public AccessMutationGraphType()
    {
        Name = "AccessMutation";
        Description = "Signing in, passwords, users and their roles.";

        Field<NonNullGraphType<SignInPayloadGraphType>>("signIn")
            .Description("Signs in with phone number and password. Repeated failures lock the phone for a while.")
            .AllowAnyone()
            .Argument<NonNullGraphType<StringGraphType>>("phone")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .ResolveAsync(async ctx =>
            {
                var services = ctx.RequestServices!;
                var address = services.GetService<IHttpContextAccessor>()?.HttpContext?.Connection.RemoteIpAddress?.ToString();
                return await services.GetRequiredService<SignInService>().SignInAsync(
                    ctx.GetArgument<string>("phone"), ctx.GetArgument<string>("password"), address, ctx.CancellationToken);
            });

        Field<NonNullGraphType<SignInPayloadGraphType>>("changePassword")
            .Description("Sets a new password and returns a fresh token; other sessions of the user end.")
            .AllowSignedIn()
            .AllowDuringPasswordChange()
            .Argument<NonNullGraphType<StringGraphType>>("currentPassword")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword")
            .ResolveAsync(async ctx =>
            {
                var services = ctx.RequestServices!;
                var user = await services.GetRequiredService<UserCommands>().ChangePasswordAsync(
                    ctx.RequireActor().UserId, ctx.GetArgument<string>("currentPassword"), ctx.GetArgument<string>("newPassword"),
                    ctx.CancellationToken);
                return new SignedIn(services.GetRequiredService<TokenIssuer>().Issue(user), user);
            });

        Field<NonNullGraphType<CreateUserPayloadGraphType>>("createUser")
            .Description("Creates a user with roles. Without a password, a one-time password is returned once.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("phone")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<StringGraphType>("password")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGrantInputGraphType>>>>("roles")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await Commands(ctx).CreateAsync(
                new NewUser(ctx.GetArgument<string>("phone"), ctx.GetArgument<string>("name"), ctx.GetArgument<string?>("password"),
                    ctx.GetArgument<List<RoleGrantInput>>("roles").Select(r => r.ToGrant()).ToList()),
                ctx.GetArgument<string>("reason"), ctx.CancellationToken));

        UserChange("grantRole", "Gives a user a role in a scope.", withGrant: true,
            (commands, ctx, id, reason) => commands.GrantAsync(id, Grant(ctx), reason, ctx.CancellationToken));
        UserChange("revokeRole", "Takes a role away; the user's open sessions end.", withGrant: true,
            (commands, ctx, id, reason) => commands.RevokeAsync(id, Grant(ctx), reason, ctx.CancellationToken));
        UserChange("disableUser", "Stops a user from signing in; open sessions end.", withGrant: false,
            (commands, ctx, id, reason) => commands.DisableAsync(id, reason, ctx.CancellationToken));
        UserChange("enableUser", "Lets a disabled user sign in again.", withGrant: false,
            (commands, ctx, id, reason) => commands.EnableAsync(id, reason, ctx.CancellationToken));

        Field<NonNullGraphType<CreateUserPayloadGraphType>>("resetPassword")
            .Description("Replaces a user's password with a one-time password, returned once; open sessions end.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx =>
            {
                var (user, password) = await Commands(ctx).ResetPasswordAsync(
                    ctx.GetArgument<Guid>("userId"), ctx.GetArgument<string>("reason"), ctx.CancellationToken);
                return new CreatedUser(user, password);
            });
    }

    private void UserChange(
        string name, string description, bool withGrant,
        Func<UserCommands, IResolveFieldContext, Guid, string, Task<UserAccount>> change)
    {
        var field = Field<NonNullGraphType<UserGraphType>>(name)
            .Description(description)
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("userId");
        if (withGrant) field = field.Argument<NonNullGraphType<RoleGrantInputGraphType>>("grant");
        field.Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async ctx => await change(Commands(ctx), ctx, ctx.GetArgument<Guid>("userId"), ctx.GetArgument<string>("reason")));
    }

    private static UserCommands Commands(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<UserCommands>();

    private static RoleGrant Grant(IResolveFieldContext ctx) => ctx.GetArgument<RoleGrantInput>("grant").ToGrant();
}
