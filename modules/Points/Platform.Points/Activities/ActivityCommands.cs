using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Rules;
using Platform.Points.Storage;

namespace Platform.Points.Activities;

internal sealed class ActivityCommands(IDocumentSession session, IOrganizationDirectory directory, IOrganizationRoster roster, PointRules rules)
{
    public async Task<Activity> ScheduleAsync(Actor actor, NewActivity input, string reason, CancellationToken cancellationToken)
    {
        var activity = ActivityInput.Check(input);
        var why = ChangeReason.Check(reason);
        // An activity nobody earns points for is a mistake in the type or the rules file: say so now, not at check-in.
        if (rules.RuleFor(SourceKind.Activity, activity.Type.ToString(), activity.StartsAt) is null)
            throw PlatformException.Validation(rules.Evaluate(new RuleQuery(SourceKind.Activity, activity.Type.ToString(), activity.StartsAt, PointFlags.None)).Explanation, "type");
        _ = await directory.FindBranchAsync(activity.BranchId, cancellationToken)
            ?? throw PlatformException.NotFound($"No branch has id {activity.BranchId}.");
        if (!actor.IsInRole(Role.ProgrammeAdmin) && !actor.HasScope(Role.Secretary, activity.BranchId.ToString()))
            throw PlatformException.Forbidden("Only the branch's secretary schedules its activities.");
        await CheckPlaceAsync(activity, cancellationToken);

        var id = Guid.CreateVersion7();
        var closes = ActivityInput.CheckInClosesAt(activity);
        // Codes are unique among all activities (a unique index); a clash, one in millions, is tried again.
        for (var attempt = 0; ; attempt++)
        {
            session.SetHeader("reason", why);
            session.Events.StartStream<Activity>(id, new ActivityScheduled(id, activity.BranchId, activity.Type, activity.Title,
                activity.Place, activity.StartsAt, activity.EndsAt, CheckInCode.New(),
                activity.StartsAt - ActivityInput.CheckInMargin, closes,
                activity.PlaceKind, activity.PlaceId, activity.MaxAttendees));
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (Exception e) when (attempt < 3 && SaveFailures.IsUniqueViolation(e))
            {
                session.EjectAllPendingChanges();
            }
        }
        return await session.LoadAsync<Activity>(id, cancellationToken)
            ?? throw new InvalidOperationException($"Activity {id} was written but cannot be read back.");
    }

    /// <summary>A named place must be in the registry: a community or an outlet, looked up by its id.</summary>
    private async Task CheckPlaceAsync(NewActivity activity, CancellationToken cancellationToken)
    {
        if (activity.PlaceId is not { } placeId) return;
        var (found, kind) = activity.PlaceKind switch
        {
            ActivityPlaceKind.Community => (await roster.FindCommunityAsync(placeId, cancellationToken) is not null, "community"),
            _ => (await directory.FindOutletAsync(placeId, cancellationToken) is not null, "outlet"),
        };
        if (!found)
            throw new PlatformException(ErrorCodes.NotFound, $"No {kind} has id {placeId}.", new Dictionary<string, object?> { ["field"] = "placeId" });
    }
}
