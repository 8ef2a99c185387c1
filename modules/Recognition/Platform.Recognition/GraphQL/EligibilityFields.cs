using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Recognition.Contracts;
using Platform.Recognition.Eligibility;
using Platform.Recognition.Eligibility.Sanctions;

namespace Platform.Recognition.GraphQL;

/// <summary>
/// The eligibility and sanction fields of the <c>recognition</c> group. The roles declared here let
/// the caller in; the services then check the subject (whose facts, which branch or enterprise).
/// </summary>
internal static class EligibilityFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EligibilityGraphType>>("eligibility")
            .Description("A subject's facts for a scheme's period and each rule of the scheme applied to them: for the programme office, the worker themself, their branch's secretary and their enterprises' admins (a branch: its secretary; an enterprise: its admins).")
            .AllowRoles(Role.ProgrammeAdmin, Role.Worker, Role.Secretary, Role.EnterpriseAdmin)
            .Argument<NonNullGraphType<StringGraphType>>("schemeId")
            .Argument<NonNullGraphType<StringGraphType>>("period", "2026 for a yearly scheme, 2026-Q3 quarterly, 2026-07 monthly.")
            .Argument<NonNullGraphType<SubjectKindGraphType>>("subjectKind")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<EligibilityPreview>().CheckAsync(c.RequireActor(),
                c.GetArgument<string>("schemeId"), c.GetArgument<string>("period"), Subject(c), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SanctionGraphType>>>>("sanctions")
            .Description("A subject's sanctions, newest first, lifted ones included: programme office only.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<SubjectKindGraphType>>("subjectKind")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<SanctionReader>().OfAsync(c.RequireActor(), Subject(c), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SanctionGraphType>>("recordSanction")
            .Description("The programme office records a sanction against a worker, branch or enterprise, with a reason. Eligibility counts sanctions in force at some time of a scheme's period.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<SubjectKindGraphType>>("subjectKind")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from", "When it comes into force.")
            .Argument<DateTimeOffsetGraphType>("until", "When it ends (after from); none: until lifted.")
            .ResolveAsync(async c => await Commands(c).RecordAsync(c.RequireActor(), Subject(c), c.GetArgument<string>("reason"),
                c.GetArgument<DateTimeOffset>("from"), c.GetArgument<DateTimeOffset?>("until"), c.CancellationToken));

        mutation.Field<NonNullGraphType<SanctionGraphType>>("liftSanction")
            .Description("The programme office lifts a sanction, with a reason: it ends now. Lifting twice is a CONFLICT.")
            .AllowRoles(Role.ProgrammeAdmin)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await Commands(c).LiftAsync(c.RequireActor(), Id(c, "id"), c.GetArgument<string>("reason"), c.CancellationToken));
    }

    private static SubjectRef Subject(IResolveFieldContext c) => new(c.GetArgument<SubjectKind>("subjectKind"), Id(c, "subjectId"));

    /// <summary>IDs are strings in GraphQL: one that is not a GUID is a VALIDATION error on its field.</summary>
    public static Guid Id(IResolveFieldContext c, string name) =>
        Guid.TryParse(c.GetArgument<string>(name), out var id) ? id : throw PlatformException.Validation($"{name} is not a valid id.", name);

    private static SanctionCommands Commands(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<SanctionCommands>();
}
