using GraphQL.Types;
using Platform.Organization.Roster;

namespace Platform.Organization.GraphQL;

internal sealed class RosterOutcomeGraphType : EnumerationGraphType<RosterOutcome>
{
    public RosterOutcomeGraphType()
    {
        Name = "RosterOutcome";
        Description = "ACCEPTED: a new worker. UPDATED: an existing worker, changed. UNCHANGED: nothing differed. REJECTED: see the reason.";
    }
}

internal sealed class RosterRowGraphType : ObjectGraphType<RosterRowResult>
{
    public RosterRowGraphType()
    {
        Name = "RosterRow";
        Field(x => x.Row).Description("The row in the file as a spreadsheet numbers it: the header is row 1.");
        Field(x => x.Phone).Description("As normalised, or as written when it is not a phone number.");
        Field<NonNullGraphType<RosterOutcomeGraphType>>("outcome").Resolve(ctx => ctx.Source.Outcome);
        Field<IdGraphType>("workerId").Resolve(ctx => ctx.Source.WorkerId);
        Field(x => x.Message, nullable: true).Description("Why the row was rejected, or a note on what was kept.");
    }
}

internal sealed class RosterImportResultGraphType : ObjectGraphType<RosterImportResult>
{
    public RosterImportResultGraphType()
    {
        Name = "RosterImportResult";
        Field<NonNullGraphType<IntGraphType>>("accepted").Resolve(ctx => ctx.Source.Count(RosterOutcome.Accepted));
        Field<NonNullGraphType<IntGraphType>>("updated").Resolve(ctx => ctx.Source.Count(RosterOutcome.Updated));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(ctx => ctx.Source.Count(RosterOutcome.Unchanged));
        Field<NonNullGraphType<IntGraphType>>("rejected").Resolve(ctx => ctx.Source.Count(RosterOutcome.Rejected));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterRowGraphType>>>>("rejectedRows")
            .Description("The rejected rows with their reasons.")
            .Resolve(ctx => ctx.Source.Rejected);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RosterRowGraphType>>>>("rows")
            .Description("Every row's outcome, in file order.")
            .Resolve(ctx => ctx.Source.Rows);
    }
}
