using GraphQL.Types;
using Platform.Points.Contracts;
using Platform.Points.Intake;

namespace Platform.Points.GraphQL;

internal sealed class IntakeRecordInputGraphType : InputObjectGraphType<IntakeRecordInput>
{
    public IntakeRecordInputGraphType()
    {
        Name = "IntakeRecordInput";
        Description = "One attendance reported by an enterprise system. Fields are text and checked record by record, so one bad record never fails the batch.";
        Field<StringGraphType>("idempotencyKey").Description("The system's own id for the record (8–100 of A–Z a–z 0–9 - _ :); sending it again is answered with the first result.");
        Field<StringGraphType>("workerId").Description("The worker's id in the registry.");
        Field<StringGraphType>("activityType").Description("TRAINING, BRANCH_MEETING, THEME_DAY, SKILLS_COURSE, EDUCATION_UPGRADE or COMMUNITY_SERVICE.");
        Field<StringGraphType>("title").Description("What was attended, 2–100 characters.");
        Field<StringGraphType>("occurredAt").Description("When, ISO 8601 with offset (2026-11-27T19:30:00+08:00), within the last 90 days.");
    }
}

internal sealed class IntakeStatusGraphType : EnumerationGraphType<IntakeStatus>
{
    public IntakeStatusGraphType() => Name = "IntakeStatus";
}

internal sealed class IntakeErrorGraphType : ObjectGraphType<IntakeError>
{
    public IntakeErrorGraphType()
    {
        Name = "IntakeError";
        Description = "Why a record was not recorded: a stable code, a message, and the field at fault when there is one.";
        Field(x => x.Code);
        Field(x => x.Message);
        Field(x => x.Field, nullable: true);
    }
}

internal sealed class AwardGraphType : ObjectGraphType<Award>
{
    public AwardGraphType()
    {
        Name = "PointsAward";
        Description = "An award as the ledger recorded it.";
        Field(x => x.SourceKey);
        Field<NonNullGraphType<IdGraphType>>("workerId").Resolve(c => c.Source.WorkerId);
        Field<NonNullGraphType<SourceKindGraphType>>("source").Resolve(c => c.Source.Kind);
        Field(x => x.Points);
        Field(x => x.Reason);
        Field(x => x.Category);
        Field(x => x.AwardedAt);
    }
}

internal sealed class IntakeResultGraphType : ObjectGraphType<IntakeResult>
{
    public IntakeResultGraphType()
    {
        Name = "IntakeRecordResult";
        Field(x => x.Index).Description("The record's position in the batch, from 0.");
        Field(x => x.IdempotencyKey, nullable: true);
        Field<NonNullGraphType<IntakeStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<AwardGraphType>("award").Description("ACCEPTED: the new award; DUPLICATE: the award first recorded under the key.").Resolve(c => c.Source.Award);
        Field<IntakeErrorGraphType>("error").Description("REJECTED: why.").Resolve(c => c.Source.Error);
    }
}
