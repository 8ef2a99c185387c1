using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Recognition.Contracts;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.GraphQL;

/// <summary>The mutations that move a nomination along, each answered with the nomination as the caller may see it.</summary>
internal static class NominationStepFields
{
    public static void AddDrafting(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<NominationGraphType>>("draftNomination")
            .Description("Drafts a nomination (and submits it with submit: true). The scheme says who may nominate: a secretary within their branch, an enterprise admin within their enterprise, the programme office anywhere, a worker themself where allowed.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<StringGraphType>>("schemeId")
            .Argument<NonNullGraphType<StringGraphType>>("period", "The scheme's period: 2026, 2026-Q3 or 2026-07; begun already.")
            .Argument<NonNullGraphType<SubjectKindGraphType>>("subjectKind")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("citation", "What the subject did, 10 to 2000 characters.")
            .Argument<BooleanGraphType>("submit", a => a.DefaultValue = false)
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await c.RequestServices!.GetRequiredService<NominationDrafting>().DraftAsync(c.RequireActor(),
                new NewNomination(c.GetArgument<string>("schemeId"), c.GetArgument<string>("period"), c.GetArgument<SubjectKind>("subjectKind"),
                    c.GetArgument<Guid>("subjectId"), c.GetArgument<string>("citation")),
                c.GetArgument<bool>("submit"), c.GetArgument<string>("reason"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<NominationGraphType>>("reviseCitation")
            .Description("The nominator revises a draft's citation.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<StringGraphType>>("citation")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await c.RequestServices!.GetRequiredService<NominationDrafting>().ReviseCitationAsync(c.RequireActor(),
                Id(c), c.GetArgument<string>("citation"), c.GetArgument<string>("reason"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<NominationGraphType>>("submitNomination")
            .Description("Submits a draft: eligibility is checked at once against the subject's facts (each rule's reason kept); an eligible nomination goes to the committee the scheme names, with members of the subject's enterprise or branch recused.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await c.RequestServices!.GetRequiredService<NominationDrafting>().SubmitAsync(c.RequireActor(),
                Id(c), c.GetArgument<string>("reason"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<NominationGraphType>>("withdrawNomination")
            .Description("Withdraws a nomination before approval: by its nominator, the worker nominated, or the programme office.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await c.RequestServices!.GetRequiredService<Closing>().WithdrawAsync(c.RequireActor(),
                Id(c), c.GetArgument<string>("reason"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<NominationGraphType>>("revokeHonour")
            .Description("The programme office revokes an awarded honour; its rewards are reversed (bonus points taken back with a compensating entry).")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await c.RequestServices!.GetRequiredService<Closing>().RevokeAsync(c.RequireActor(),
                Id(c), c.GetArgument<string>("reason"), c.CancellationToken)));
    }

    public static void AddReview(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<NominationGraphType>>("assignCommittee")
            .Description("The programme office hands an eligible nomination to a committee, when none had the scheme's code at submission.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<IdGraphType>>("committeeId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await Reviewing(c).AssignAsync(c.RequireActor(), Id(c), c.GetArgument<Guid>("committeeId"),
                c.GetArgument<string>("reason"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<NominationGraphType>>("reviewNomination")
            .Description("A committee member (not recused) reviews once: scores every rubric criterion and/or votes, as the scheme says. When every member not recused has reviewed and quorum is met, the nomination is recommended (and put on public notice) or rejected.")
            .AllowRoles(Role.CommitteeMember)
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<ListGraphType<NonNullGraphType<RubricScoreInputGraphType>>>("scores")
            .Argument<BooleanGraphType>("vote")
            .Argument<StringGraphType>("comment", "Up to 1000 characters: kept as the review's reason.")
            .ResolveAsync(async c => View(c, await Reviewing(c).ReviewAsync(c.RequireActor(), Id(c), new NewReview(
                    Scores(c.GetArgument<List<RubricScoreInput>?>("scores")), c.GetArgument<bool?>("vote"), c.GetArgument<string?>("comment")),
                c.CancellationToken)));

        mutation.Field<NonNullGraphType<NominationGraphType>>("declareConflict")
            .Description("A committee member declares a conflict of interest and is recused from the nomination.")
            .AllowRoles(Role.CommitteeMember)
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await Reviewing(c).DeclareConflictAsync(c.RequireActor(), Id(c), c.GetArgument<string>("reason"), c.CancellationToken)));

        mutation.Field<NonNullGraphType<NominationGraphType>>("concludeReview")
            .Description("The programme office closes a review before every member has reviewed; refused with QUORUM_NOT_MET until quorum is met.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await Reviewing(c).ConcludeAsync(c.RequireActor(), Id(c), c.GetArgument<string>("reason"), c.CancellationToken)));
    }

    public static void AddNotice(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ObjectionGraphType>>("objectToNomination")
            .Description("Anyone signed in objects to a nomination on public notice, with a reason (5 to 2000 characters). Only the programme office learns who objected.")
            .AllowSignedIn()
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var saved = await c.RequestServices!.GetRequiredService<Objections>().FileAsync(actor, Id(c), c.GetArgument<string>("reason"), c.CancellationToken);
                return new ObjectionView(saved.Objections.Last(o => o.ObjectorId == actor.UserId), false);
            });

        mutation.Field<NonNullGraphType<NominationGraphType>>("ruleOnObjection")
            .Description("A member of the reviewing committee (not recused) or the programme office upholds an objection, which rejects the nomination, or dismisses it; once the notice is over and no objection is open, the honour is awarded.")
            .AllowRoles(Role.ProgrammeAdmin, Role.CommitteeMember)
            .Argument<NonNullGraphType<IdGraphType>>("nominationId")
            .Argument<NonNullGraphType<IdGraphType>>("objectionId")
            .Argument<NonNullGraphType<BooleanGraphType>>("uphold")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => View(c, await c.RequestServices!.GetRequiredService<Objections>().RuleAsync(c.RequireActor(), Id(c),
                c.GetArgument<Guid>("objectionId"), c.GetArgument<bool>("uphold"), c.GetArgument<string>("reason"), c.CancellationToken)));
    }

    private static NominationView View(IResolveFieldContext c, Nomination nomination) =>
        NominationReader.ViewFor(c.RequireActor(), nomination) ?? new NominationView(nomination, false, false);

    private static Guid Id(IResolveFieldContext c) => c.GetArgument<Guid>("nominationId");

    private static Reviewing Reviewing(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<Reviewing>();

    private static Dictionary<string, int> Scores(List<RubricScoreInput>? scores)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var score in scores ?? [])
            if (!result.TryAdd(score.Criterion, score.Score))
                throw Kernel.Errors.PlatformException.Validation($"Criterion {score.Criterion} is scored twice.", "scores");
        return result;
    }
}
