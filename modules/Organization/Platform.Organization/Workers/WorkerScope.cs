using System.Linq.Expressions;
using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Common;

namespace Platform.Organization.Workers;

/// <summary>
/// Who sees and who manages a worker. The programme office: everyone. An enterprise admin: the
/// workers affiliated with the enterprise now (and manages them). A secretary: the workers in the
/// branch. A verifier: the grid volunteers of the community. A worker: only themself.
/// </summary>
internal static class WorkerScope
{
    public static bool CanSee(Actor actor, Worker worker) =>
        CanManage(actor, worker) || SeesWhole(actor, worker);

    public static bool CanManage(Actor actor, Worker worker) =>
        actor.IsProgrammeAdmin() || actor.IdsOf(Role.EnterpriseAdmin).Intersect(worker.EnterpriseIds).Any();

    public static void RequireManage(Actor actor, Worker worker)
    {
        if (!CanManage(actor, worker))
            throw PlatformException.Forbidden("Only the programme office or an admin of an enterprise the worker works for may change the worker.");
    }

    /// <summary>
    /// An enterprise admin who sees the worker only through the enterprise sees only its own
    /// affiliations: which other platforms a worker works for is not the competitor's business.
    /// </summary>
    public static IEnumerable<Affiliation> VisibleAffiliations(Actor actor, Worker worker)
    {
        if (actor.IsProgrammeAdmin() || SeesWhole(actor, worker)) return worker.Affiliations;
        var mine = actor.IdsOf(Role.EnterpriseAdmin);
        return worker.Affiliations.Where(a => mine.Contains(a.EnterpriseId));
    }

    /// <summary>The workers the actor may see, as a database filter.</summary>
    public static IQueryable<Worker> VisibleTo(this IQueryable<Worker> query, Actor actor)
    {
        if (actor.IsProgrammeAdmin()) return query;
        var allowed = new List<Expression<Func<Worker, bool>>>();
        foreach (var enterprise in actor.IdsOf(Role.EnterpriseAdmin)) allowed.Add(w => w.EnterpriseIds.Contains(enterprise));
        foreach (var branch in actor.IdsOf(Role.Secretary)) allowed.Add(w => w.BranchId == branch);
        foreach (var community in actor.IdsOf(Role.Verifier)) allowed.Add(w => w.GridVolunteer && w.CommunityId == community);
        foreach (var self in actor.IdsOf(Role.Worker)) allowed.Add(w => w.Id == self);
        if (allowed.Count == 0) return query.Where(w => w.Id == Guid.Empty);
        return query.Where(allowed.Aggregate(AnyOf));
    }

    private static bool SeesWhole(Actor actor, Worker worker) =>
        actor.Holds(Role.Secretary, worker.BranchId)
        || (worker.GridVolunteer && worker.CommunityId is { } community && actor.Holds(Role.Verifier, community))
        || actor.Holds(Role.Worker, worker.Id);

    private static Expression<Func<Worker, bool>> AnyOf(Expression<Func<Worker, bool>> left, Expression<Func<Worker, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new Rebind(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<Worker, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
