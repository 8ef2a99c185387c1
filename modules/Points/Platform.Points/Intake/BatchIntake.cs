using Platform.Access.Contracts;
using Platform.Kernel.Errors;
using Platform.Organization.Contracts;
using Platform.Points.Contracts;
using Platform.Points.Ledger;
using Platform.Points.Rules;

namespace Platform.Points.Intake;

/// <summary>
/// Enterprise systems report what their workers attended (safety training on the platform, skills
/// courses, service days), up to <see cref="MaxRecords"/> records at a time. Each record is
/// checked and answered on its own; a worker's records go to the worker's grain in one call and
/// every worker's entries are committed together by the ledger's group commit.
/// </summary>
internal sealed class BatchIntake(IOrganizationDirectory directory, IGrainFactory grains, PointRules rules, TimeProvider clock)
{
    public const int MaxRecords = 1000;

    public async Task<IReadOnlyList<IntakeResult>> SubmitAsync(
        Actor actor, Guid enterpriseId, IReadOnlyList<IntakeRecordInput> records, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Role.ProgrammeAdmin) && !actor.HasScope(Role.EnterpriseAdmin, enterpriseId.ToString()))
            throw PlatformException.Forbidden("Only the enterprise's own systems and the programme office send its records.");
        if (records.Count is 0 or > MaxRecords)
            throw PlatformException.Validation($"A batch has 1 to {MaxRecords} records.", "records");

        var now = clock.GetUtcNow();
        var results = new IntakeResult?[records.Count];
        var valid = new List<IntakeRecord>();
        for (var i = 0; i < records.Count; i++)
        {
            try
            {
                valid.Add(IntakeRecordCheck.Check(i, records[i], now));
            }
            catch (PlatformException e)
            {
                results[i] = Refused(i, records[i], e);
            }
        }

        var workers = (await directory.FindWorkersAsync(valid.Select(r => r.WorkerId).ToHashSet(), cancellationToken)).ToDictionary(w => w.WorkerId);
        var byWorker = new Dictionary<Guid, List<(IntakeRecord Record, RuleOutcome Outcome)>>();
        foreach (var record in valid)
        {
            var outcome = rules.Evaluate(new RuleQuery(SourceKind.Activity, record.Type.ToString(), record.OccurredAt, PointFlags.None));
            if (!workers.TryGetValue(record.WorkerId, out var worker))
                results[record.Index] = Refused(record.Index, records[record.Index], PlatformException.NotFound($"No worker has id {record.WorkerId}."));
            else if (!worker.EnterpriseIds.Contains(enterpriseId))
                results[record.Index] = Refused(record.Index, records[record.Index], PlatformException.Forbidden("The worker does not work for this enterprise."));
            else if (!outcome.Earns)
                results[record.Index] = IntakeResult.Refused(record.Index, record.Key, ErrorCodes.Validation, outcome.Explanation, "activityType");
            else Add(byWorker, record.WorkerId, (record, outcome));
        }

        var by = actor.UserId.ToString();
        await Task.WhenAll(byWorker.Select(async group =>
        {
            var worker = workers[group.Key];
            var requests = group.Value.ConvertAll(r => Request(r.Record, r.Outcome, worker, enterpriseId, by));
            try
            {
                var awards = await grains.GetGrain<IWorkerPointsGrain>(group.Key).AwardManyAsync(requests);
                for (var i = 0; i < awards.Count; i++) results[group.Value[i].Record.Index] = Answer(group.Value[i].Record, awards[i]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Nothing is known to be recorded: the same keys may be sent again safely.
                foreach (var (record, _) in group.Value)
                    results[record.Index] = IntakeResult.Refused(record.Index, record.Key, ErrorCodes.Internal, "Not recorded; send the record again.", null);
            }
        }));
        return results!;
    }

    private static AwardRequest Request(IntakeRecord record, RuleOutcome outcome, WorkerSummary worker, Guid enterpriseId, string by)
    {
        var key = SourceKey(enterpriseId, record.Key);
        return new AwardRequest(key, SourceKind.Activity, LedgerStream.ForKey(key), outcome.Points, $"{record.Title} (reported by the enterprise)",
            record.Type.ToString(), enterpriseId, worker.BranchId, record.OccurredAt, by, outcome.Rule, outcome.Cap, outcome.Flags);
    }

    private static IntakeResult Answer(IntakeRecord record, Award award) =>
        award.WorkerId != record.WorkerId
            ? IntakeResult.Refused(record.Index, record.Key, ErrorCodes.Conflict, "This idempotency key was already used for another worker.", "idempotencyKey")
            : new IntakeResult(record.Index, record.Key, award.IsRepeat ? IntakeStatus.Duplicate : IntakeStatus.Accepted, award, null);

    private static IntakeResult Refused(int index, IntakeRecordInput input, PlatformException e) =>
        IntakeResult.Refused(index, input.IdempotencyKey, e.Code, e.Message, e.Details.TryGetValue("field", out var field) ? field as string : null);

    /// <summary>Begins every intake record's source key.</summary>
    public const string KeyPrefix = "intake:";

    /// <summary>Keys are the enterprise's own: two enterprises may both send "order-1".</summary>
    public static string SourceKey(Guid enterpriseId, string key) => $"{KeyPrefix}{enterpriseId:N}:{key}";

    private static void Add<T>(Dictionary<Guid, List<T>> into, Guid key, T item)
    {
        if (!into.TryGetValue(key, out var list)) into[key] = list = [];
        list.Add(item);
    }
}
