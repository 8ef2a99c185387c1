using System.Diagnostics;
using Marten;
using Platform.Access.Contracts;

namespace Platform.Host.Documents;

/// <summary>
/// Sessions that stamp every event and document with who made the change (the signed-in user's
/// id) and the request's correlation id; the module adds why (the <c>reason</c> header).
/// </summary>
internal sealed class AuditedSessionFactory(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        var context = http.HttpContext;
        if (Actor.From(context?.User) is { } actor) session.LastModifiedBy = actor.UserId.ToString();
        session.CorrelationId = Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier;
        return session;
    }
}
