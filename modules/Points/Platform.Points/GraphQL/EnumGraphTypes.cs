using GraphQL.Types;
using Platform.Points.Contracts;

namespace Platform.Points.GraphQL;

internal sealed class ActivityTypeGraphType : EnumerationGraphType<ActivityType>
{
    public ActivityTypeGraphType() => Name = "ActivityType";
}

internal sealed class SourceKindGraphType : EnumerationGraphType<SourceKind>
{
    public SourceKindGraphType() => Name = "PointsSourceKind";
}
