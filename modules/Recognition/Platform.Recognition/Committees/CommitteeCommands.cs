using System.Text.RegularExpressions;
using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Organization.Contracts;
using Platform.Recognition.Common;

namespace Platform.Recognition.Committees;

internal sealed record NewMember(string Phone, string Name, Guid? WorkerId, Guid? EnterpriseId, Guid? BranchId);

internal sealed record AppointedMember(ReviewCommittee Committee, CommitteeMember Member, string? OneTimePassword);

/// <summary>The programme office forms committees and appoints and removes their members.</summary>
internal sealed partial class CommitteeCommands(
    IDocumentSession session, IAccountProvisioning accounts, IOrganizationDirectory directory, IOrganizationRoster roster)
{
    public async Task<ReviewCommittee> FormAsync(Actor actor, string code, string name, string reason, CancellationToken cancellationToken)
    {
        RequireProgrammeAdmin(actor);
        var why = ChangeReason.Check(reason);
        if (!CodePattern().IsMatch(code))
            throw PlatformException.Validation("A committee code is 2 to 40 lower-case letters, digits and hyphens, e.g. city-honours.", "code");
        var title = name.Trim();
        if (title.Length is < 2 or > 100) throw PlatformException.Validation("A committee name is 2 to 100 characters.", "name");
        if (await session.Query<ReviewCommittee>().AnyAsync(c => c.Code == code, cancellationToken))
            throw PlatformException.Conflict($"A committee with code {code} exists.");

        var id = Guid.CreateVersion7();
        session.SetHeader("reason", why);
        session.Events.StartStream<ReviewCommittee>(id, new CommitteeFormed(id, code, title));
        await SaveAsync(code, cancellationToken);
        return (await session.LoadAsync<ReviewCommittee>(id, cancellationToken))!;
    }

    public async Task<AppointedMember> AppointAsync(Actor actor, Guid committeeId, NewMember member, string reason, CancellationToken cancellationToken)
    {
        RequireProgrammeAdmin(actor);
        var why = ChangeReason.Check(reason);
        var name = member.Name.Trim();
        if (name.Length is < 1 or > 50) throw PlatformException.Validation("A member's name is 1 to 50 characters.", "name");
        _ = await session.LoadAsync<ReviewCommittee>(committeeId, cancellationToken)
            ?? throw PlatformException.NotFound($"There is no review committee {committeeId}.");
        await CheckAffiliationsAsync(member, cancellationToken);

        // Access saves the account in this request's session: the committee's stream is read for writing only after.
        var account = await accounts.ProvisionAsync(member.Phone, name, new RoleGrant(Role.CommitteeMember, committeeId.ToString()), why, cancellationToken);
        var stream = await session.Events.FetchForWriting<ReviewCommittee>(committeeId, cancellationToken);
        var committee = stream.Aggregate!;
        if (committee.HasMember(account.UserId)) throw PlatformException.Conflict($"{name} is already a member of {committee.Name}.");
        session.SetHeader("reason", why);
        stream.AppendOne(new CommitteeMemberAppointed(committeeId, account.UserId, name, member.WorkerId, member.EnterpriseId, member.BranchId));
        await session.SaveChangesAsync(cancellationToken);
        var saved = (await session.LoadAsync<ReviewCommittee>(committeeId, cancellationToken))!;
        return new AppointedMember(saved, saved.Members.Single(m => m.UserId == account.UserId), account.OneTimePassword);
    }

    public async Task<ReviewCommittee> RemoveAsync(Actor actor, Guid committeeId, Guid userId, string reason, CancellationToken cancellationToken)
    {
        RequireProgrammeAdmin(actor);
        var why = ChangeReason.Check(reason);
        var stream = await session.Events.FetchForWriting<ReviewCommittee>(committeeId, cancellationToken);
        var committee = stream.Aggregate ?? throw PlatformException.NotFound($"There is no review committee {committeeId}.");
        if (!committee.HasMember(userId)) throw PlatformException.NotFound($"User {userId} is not a member of {committee.Name}.");
        session.SetHeader("reason", why);
        stream.AppendOne(new CommitteeMemberRemoved(committeeId, userId));
        await session.SaveChangesAsync(cancellationToken);
        return (await session.LoadAsync<ReviewCommittee>(committeeId, cancellationToken))!;
    }

    private async Task CheckAffiliationsAsync(NewMember member, CancellationToken cancellationToken)
    {
        if (member.WorkerId is { } worker && await directory.FindWorkerAsync(worker, cancellationToken) is null)
            throw new PlatformException(ErrorCodes.NotFound, $"There is no worker {worker}.", Field("workerId"));
        if (member.EnterpriseId is { } enterprise && await roster.FindEnterpriseAsync(enterprise, cancellationToken) is null)
            throw new PlatformException(ErrorCodes.NotFound, $"There is no enterprise {enterprise}.", Field("enterpriseId"));
        if (member.BranchId is { } branch && await directory.FindBranchAsync(branch, cancellationToken) is null)
            throw new PlatformException(ErrorCodes.NotFound, $"There is no branch {branch}.", Field("branchId"));
    }

    private async Task SaveAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (SaveFailures.IsUniqueViolation(e))
        {
            throw PlatformException.Conflict($"A committee with code {code} exists.");
        }
    }

    private static Dictionary<string, object?> Field(string name) => new() { ["field"] = name };

    private static void RequireProgrammeAdmin(Actor actor)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office manages review committees.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
