using GraphQL.Types;
using Platform.Recognition.Eligibility.Sanctions;

namespace Platform.Recognition.GraphQL;

internal sealed class SanctionGraphType : ObjectGraphType<Sanction>
{
    public SanctionGraphType()
    {
        Name = "Sanction";
        Description = "A sanction against a worker, branch or enterprise (programme office only). In force from `from` to the earlier of `until` and its lifting.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<SubjectKindGraphType>>("subjectKind").Resolve(c => c.Source.SubjectKind);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.Reason);
        Field(x => x.From);
        Field(x => x.Until, nullable: true).Description("Null: until lifted.");
        Field(x => x.RecordedBy, nullable: true).Description("The user who recorded it.");
        Field(x => x.RecordedAt);
        Field<DateTimeOffsetGraphType>("liftedAt").Resolve(c => c.Source.Lift?.At);
        Field<StringGraphType>("liftedBy").Resolve(c => c.Source.Lift?.By);
        Field<StringGraphType>("liftReason").Resolve(c => c.Source.Lift?.Reason);
    }
}
