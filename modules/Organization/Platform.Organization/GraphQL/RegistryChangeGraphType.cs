using GraphQL.Types;
using Marten;
using Platform.Organization.Common;

namespace Platform.Organization.GraphQL;

internal sealed class RegistryChangeGraphType : ObjectGraphType<Change>
{
    public RegistryChangeGraphType()
    {
        Name = "RegistryChange";
        Description = "One change in a registry entity's append-only history.";
        Field(x => x.Action).Description("The event, e.g. worker_transferred.");
        Field(x => x.At);
        Field(x => x.By, nullable: true).Description("Id of the user who made the change.");
        Field(x => x.Reason, nullable: true);
        Field(x => x.Version);
    }

    public static async Task<IReadOnlyList<Change>> LoadAsync(IQuerySession session, Guid streamId, CancellationToken cancellationToken) =>
        (await session.Events.FetchStreamAsync(streamId, token: cancellationToken)).Select(Change.From).ToList();
}
