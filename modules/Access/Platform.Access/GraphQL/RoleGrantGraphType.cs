using GraphQL.Types;
using Platform.Access.Contracts;

namespace Platform.Access.GraphQL;

internal sealed class RoleGrantGraphType : ObjectGraphType<RoleGrant>
{
    public RoleGrantGraphType()
    {
        Name = "RoleGrant";
        Description = "A role and the scope it applies to (enterprise, branch, committee, community or worker id).";
        Field<NonNullGraphType<RoleGraphType>>("role").Resolve(ctx => ctx.Source.Role);
        Field<StringGraphType>("scope").Resolve(ctx => ctx.Source.Scope);
    }
}

internal sealed class RoleGrantInput
{
    public Role Role { get; set; }
    public string? Scope { get; set; }

    public RoleGrant ToGrant() => new(Role, Scope);
}

internal sealed class RoleGrantInputGraphType : InputObjectGraphType<RoleGrantInput>
{
    public RoleGrantInputGraphType()
    {
        Name = "RoleGrantInput";
        Field<NonNullGraphType<RoleGraphType>>("role");
        Field<StringGraphType>("scope").Description("Required for every role but PROGRAMME_ADMIN.");
    }
}
