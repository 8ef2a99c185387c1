using GraphQL.Types;
using Platform.Recognition.Candidates;

namespace Platform.Recognition.GraphQL;

internal sealed class CandidateGraphType : ObjectGraphType<Candidate>
{
    public CandidateGraphType()
    {
        Name = "Candidate";
        Description = "A subject that meets a scheme's eligibility for a period: a nominator's starting point.";
        Field(x => x.Rank).Description("1 for the most points in the period; ties go to the earlier registered.");
        Field<NonNullGraphType<SubjectKindGraphType>>("subjectKind").Resolve(c => c.Source.Subject.Subject.Kind);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Subject.Subject.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Subject.Name);
        Field<NonNullGraphType<IntGraphType>>("points").Description("Points in the period.").Resolve(c => c.Source.Facts.Points);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("registeredAt").Resolve(c => c.Source.Subject.RegisteredAt);
        Field<NonNullGraphType<FactsGraphType>>("facts").Resolve(c => c.Source.Facts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityCheckGraphType>>>>("checks").Resolve(c => c.Source.Outcome.Checks);
    }
}
