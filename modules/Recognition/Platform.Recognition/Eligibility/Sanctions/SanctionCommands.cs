using JasperFx;
using Marten;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Kernel.Validation;
using Platform.Recognition.Contracts;

namespace Platform.Recognition.Eligibility.Sanctions;

/// <summary>Recording and lifting sanctions: the programme office only, each with a reason.</summary>
internal sealed class SanctionCommands(IDocumentSession session, SubjectRegistry registry)
{
    public async Task<Sanction> RecordAsync(
        Actor actor, SubjectRef subject, string reason, DateTimeOffset from, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        RequireAdmin(actor);
        var why = ChangeReason.Check(reason);
        if (until is { } end && end <= from) throw PlatformException.Validation("A sanction ends after it begins.", "until");
        await registry.RequireAsync(subject, cancellationToken);

        var id = Guid.CreateVersion7();
        session.SetHeader("reason", why);
        session.Events.StartStream<Sanction>(id, new SanctionRecorded(id, subject.Kind, subject.Id, why, from.ToUniversalTime(), until?.ToUniversalTime()));
        await session.SaveChangesAsync(cancellationToken);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<Sanction> LiftAsync(Actor actor, Guid sanctionId, string reason, CancellationToken cancellationToken)
    {
        RequireAdmin(actor);
        var why = ChangeReason.Check(reason);
        var stream = await session.Events.FetchForWriting<Sanction>(sanctionId, cancellationToken);
        var sanction = stream.Aggregate ?? throw PlatformException.NotFound($"There is no sanction {sanctionId}.");
        if (sanction.Lift is not null) throw PlatformException.Conflict("This sanction was already lifted.");
        session.SetHeader("reason", why);
        stream.AppendOne(new SanctionLifted(sanctionId, why));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyException)
        {
            throw PlatformException.Conflict("The sanction was changed at the same moment by someone else; try again.");
        }
        return await LoadAsync(sanctionId, cancellationToken);
    }

    public static void RequireAdmin(Actor actor)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin)) throw PlatformException.Forbidden("Only the programme office sees and records sanctions.");
    }

    private async Task<Sanction> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await session.LoadAsync<Sanction>(id, cancellationToken) ?? throw new InvalidOperationException($"Sanction {id} was written but cannot be read back.");
}
