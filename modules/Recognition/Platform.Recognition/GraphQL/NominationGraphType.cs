using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Nominations;
using Platform.Recognition.Rewards;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.GraphQL;

/// <summary>A nomination for its reader: reviews, recusals and history only in the committee's view; objectors only in the programme office's.</summary>
internal sealed class NominationGraphType : ObjectGraphType<NominationView>
{
    public NominationGraphType()
    {
        Name = "Nomination";
        Description = "A proposal that a subject receives an honour, and every step it has taken.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Nomination.Id);
        Field<NonNullGraphType<StringGraphType>>("schemeId").Resolve(c => c.Source.Nomination.SchemeId);
        Field<LocalizedNameGraphType>("schemeName").Resolve(c => Schemes(c).Find(c.Source.Nomination.SchemeId)?.Name);
        Field<NonNullGraphType<StringGraphType>>("period").Resolve(c => c.Source.Nomination.Period);
        Field<NonNullGraphType<SubjectKindGraphType>>("subjectKind").Resolve(c => c.Source.Nomination.Subject.Kind);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Nomination.Subject.Id);
        Field<NonNullGraphType<StringGraphType>>("subjectName").Resolve(c => c.Source.Nomination.SubjectName);
        Field<NonNullGraphType<StringGraphType>>("citation").Resolve(c => c.Source.Nomination.Citation);
        Field<NonNullGraphType<StringGraphType>>("nominatorName").Resolve(c => c.Source.Nomination.NominatorName);
        Field<NonNullGraphType<NominationStatusGraphType>>("status").Resolve(c => c.Source.Nomination.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.Nomination.CreatedAt);
        Field<DateTimeOffsetGraphType>("submittedAt").Resolve(c => c.Source.Nomination.SubmittedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.Nomination.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityCheckGraphType>>>>("eligibility")
            .Description("Each rule with its reason; empty before submission.")
            .Resolve(c => c.Source.Nomination.Eligibility);
        Field<FactsGraphType>("facts").Description("Committee's view only.")
            .Resolve(c => c.Source.CommitteeView ? c.Source.Nomination.Facts : null);
        Field<IdGraphType>("committeeId").Resolve(c => c.Source.Nomination.CommitteeId);
        Field<ListGraphType<NonNullGraphType<ReviewGraphType>>>("reviews").Description("Committee's view only.")
            .Resolve(c => c.Source.CommitteeView ? c.Source.Nomination.Reviews : null);
        Field<ListGraphType<NonNullGraphType<RecusalGraphType>>>("recusals").Description("Committee's view only.")
            .Resolve(c => c.Source.CommitteeView ? c.Source.Nomination.Recusals : null);
        Field<ReviewTallyGraphType>("tally").Resolve(c => c.Source.Nomination.Tally);
        Field<StringGraphType>("outcome").Description("Why it was rejected, withdrawn or revoked.").Resolve(c => c.Source.Nomination.Outcome);
        Field<DateTimeOffsetGraphType>("noticeEndsAt").Resolve(c => c.Source.Nomination.NoticeEndsAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectionGraphType>>>>("objections")
            .Resolve(c => c.Source.Nomination.Objections.Select(o => new ObjectionView(o, c.Source.OfficeView)).ToList());
        Field<StringGraphType>("certificateNumber").Resolve(c => c.Source.Nomination.CertificateNumber);
        Field<DateTimeOffsetGraphType>("awardedAt").Resolve(c => c.Source.Nomination.AwardedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RewardGraphType>>>>("rewards")
            .Description("The honour's rewards and where each stands; empty before the honour.")
            .ResolveAsync(async c => c.Source.Nomination.Status is NominationStatus.Awarded or NominationStatus.Revoked
                ? await c.RequestServices!.GetRequiredService<RewardReader>().OfHonourAsync(c.Source.Nomination.Id, c.CancellationToken)
                : []);
        Field<ListGraphType<NonNullGraphType<NominationStepGraphType>>>("history").Description("Committee's view only: every step, who, when and why.")
            .ResolveAsync(async c => c.Source.CommitteeView
                ? await c.RequestServices!.GetRequiredService<NominationReader>().HistoryAsync(c.Source.Nomination.Id, c.CancellationToken)
                : null);
    }

    private static SchemeCatalog Schemes(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<SchemeCatalog>();
}

internal sealed record ObjectionView(Objection Objection, bool OfficeView);

internal sealed class ObjectionGraphType : ObjectGraphType<ObjectionView>
{
    public ObjectionGraphType()
    {
        Name = "Objection";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Objection.Id);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Objection.Reason);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("filedAt").Resolve(c => c.Source.Objection.FiledAt);
        Field<NonNullGraphType<ObjectionStatusGraphType>>("status").Resolve(c => c.Source.Objection.Status);
        Field<StringGraphType>("ruling").Resolve(c => c.Source.Objection.Ruling);
        Field<IdGraphType>("objectorId").Description("Programme office only: an objector need not fear retaliation.")
            .Resolve(c => c.Source.OfficeView ? c.Source.Objection.ObjectorId : null);
    }
}
