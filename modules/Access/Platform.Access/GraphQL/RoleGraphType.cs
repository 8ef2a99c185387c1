using GraphQL.Types;
using Platform.Access.Contracts;

namespace Platform.Access.GraphQL;

internal sealed class RoleGraphType : EnumerationGraphType<Role>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "What a user may do; every role but PROGRAMME_ADMIN applies to one scope.";
    }
}
