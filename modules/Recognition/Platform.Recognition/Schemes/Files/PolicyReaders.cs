using System.Text.RegularExpressions;
using Platform.Access.Contracts;
using Platform.DataFiles;
using Platform.Recognition.Contracts;
using YamlDotNet.RepresentationModel;

namespace Platform.Recognition.Schemes.Files;

/// <summary>The policy parts of a scheme file: who nominates, quotas, the review and the rewards.</summary>
internal static partial class PolicyReaders
{
    public static NominationPolicy? Nomination(YamlNode node, YamlFileReader reader, SubjectKind? subject)
    {
        if (reader.Mapping(node, "nominate") is not { } map) return null;
        var keys = reader.Keys(map, "nominate", ["roles"], ["selfNomination"]);
        List<Role>? roles = null;
        if (keys.TryGetValue("roles", out var rolesNode) && reader.Sequence(rolesNode, "nominate.roles") is { } list)
        {
            roles = [];
            if (list.Children.Count == 0) reader.Error(list, "nominate.roles names at least one role.");
            foreach (var item in list.Children)
            {
                if (reader.Enum<Role>(item, "a nominating role", camelCase: false) is not { } role) continue;
                if (roles.Contains(role)) reader.Error(item, $"the role {role} is listed twice.");
                else roles.Add(role);
            }
        }
        var self = keys.TryGetValue("selfNomination", out var selfNode) ? reader.Boolean(selfNode, "nominate.selfNomination") : false;
        if (self == true && subject is not null and not SubjectKind.Worker)
            reader.Error(selfNode!, "selfNomination is for worker schemes only.");
        return roles is null || self is null ? null : new NominationPolicy(roles, self.Value);
    }

    public static List<QuotaPolicy>? Quotas(YamlNode node, YamlFileReader reader)
    {
        if (reader.Sequence(node, "quotas") is not { } list) return null;
        var quotas = new List<QuotaPolicy>();
        foreach (var item in list.Children)
        {
            if (reader.Mapping(item, "A quota") is not { } map) continue;
            var keys = reader.Keys(map, "A quota", ["per", "limit"], []);
            var scope = keys.TryGetValue("per", out var perNode) ? reader.Enum<QuotaScope>(perNode, "quota per") : null;
            var limit = keys.TryGetValue("limit", out var limitNode) ? reader.Integer(limitNode, "quota limit", 1, 1000) : null;
            if (scope is null || limit is null) continue;
            if (quotas.Any(q => q.Scope == scope)) reader.Error(perNode!, $"there is already a quota per {YamlFileReader.Camel(scope.Value.ToString())}.");
            else quotas.Add(new QuotaPolicy(scope.Value, limit.Value));
        }
        return quotas;
    }

    public static ReviewPolicy? Review(YamlNode node, YamlFileReader reader)
    {
        if (reader.Mapping(node, "review") is not { } map) return null;
        var keys = reader.Keys(map, "review", ["committee", "mode", "minReviewers", "quorum", "passThreshold"], ["rubric"]);
        string? committee = null;
        if (keys.TryGetValue("committee", out var committeeNode) && (committee = reader.Text(committeeNode, "review.committee")) is not null && !CodePattern().IsMatch(committee))
        {
            reader.Error(committeeNode, $"review.committee '{committee}' is a code of lower-case letters, digits and '-' (e.g. city-honours).");
            committee = null;
        }
        var mode = keys.TryGetValue("mode", out var modeNode) ? reader.Enum<ReviewMode>(modeNode, "review.mode") : null;
        var rubric = keys.TryGetValue("rubric", out var rubricNode) ? Rubric(rubricNode, reader) : [];
        // A rubric whose criteria are all wrong has its own errors; only a missing or empty one is this error.
        if (mode is ReviewMode.Score or ReviewMode.ScoreAndVote && rubricNode is null or YamlSequenceNode { Children.Count: 0 })
            reader.Error(rubricNode ?? modeNode!, $"review.mode {YamlFileReader.Camel(mode.Value.ToString())} scores a rubric: give review.rubric at least one criterion.");
        if (mode is ReviewMode.Vote && rubric is { Count: > 0 })
            reader.Error(rubricNode!, "review.mode vote has no rubric: remove it, or use score or scoreAndVote.");
        var minReviewers = keys.TryGetValue("minReviewers", out var minNode) ? reader.Integer(minNode, "review.minReviewers", 1, 50) : null;
        var quorum = keys.TryGetValue("quorum", out var quorumNode) ? reader.Number(quorumNode, "review.quorum", 0, 1) : null;
        var pass = keys.TryGetValue("passThreshold", out var passNode) ? reader.Number(passNode, "review.passThreshold", 0, 1) : null;
        return committee is null || mode is null || rubric is null || minReviewers is null || quorum is null || pass is null
            ? null
            : new ReviewPolicy(committee, mode.Value, rubric, minReviewers.Value, (double)quorum.Value, (double)pass.Value);
    }

    private static List<RubricCriterion>? Rubric(YamlNode node, YamlFileReader reader)
    {
        if (reader.Sequence(node, "review.rubric") is not { } list) return null;
        var rubric = new List<RubricCriterion>();
        foreach (var item in list.Children)
        {
            if (reader.Mapping(item, "A rubric criterion") is not { } map) continue;
            var keys = reader.Keys(map, "A rubric criterion", ["id", "name", "weight", "max"], []);
            string? id = null;
            if (keys.TryGetValue("id", out var idNode) && (id = reader.Text(idNode, "criterion id")) is not null)
            {
                if (!CodePattern().IsMatch(id)) reader.Error(idNode, $"criterion id '{id}' has lower-case letters, digits and '-'.");
                else if (rubric.Any(c => c.Id == id)) reader.Error(idNode, $"criterion id '{id}' is used twice.");
            }
            var name = keys.TryGetValue("name", out var nameNode) ? SchemeFileParser.Name(nameNode, reader, "criterion name") : null;
            var weight = keys.TryGetValue("weight", out var weightNode) ? reader.Number(weightNode, "criterion weight", 0, 100, aboveMin: true) : null;
            var max = keys.TryGetValue("max", out var maxNode) ? reader.Integer(maxNode, "criterion max", 1, 100) : null;
            if (id is not null && name is not null && weight is not null && max is not null)
                rubric.Add(new RubricCriterion(id, name, (double)weight.Value, max.Value));
        }
        return rubric;
    }

    public static List<RewardSpec>? Rewards(YamlNode node, YamlFileReader reader, SubjectKind? subject)
    {
        if (reader.Sequence(node, "rewards") is not { } list) return null;
        var rewards = new List<RewardSpec>();
        foreach (var item in list.Children)
        {
            if (reader.Mapping(item, "A reward") is not { } map) continue;
            var keys = reader.Keys(map, "A reward", ["kind"], ["amount", "description"]);
            var kind = keys.TryGetValue("kind", out var kindNode) ? reader.Enum<RewardKind>(kindNode, "reward kind") : null;
            if (kind is RewardKind.BonusPoints && subject is not null and not SubjectKind.Worker)
                reader.Error(kindNode!, $"bonusPoints go to a worker's ledger: this scheme honours a {YamlFileReader.Camel(subject.Value.ToString())}.");
            var amount = Amount(kind, keys.GetValueOrDefault("amount"), map, reader);
            var description = keys.TryGetValue("description", out var descriptionNode) ? reader.Text(descriptionNode, "reward description") : null;
            if (kind is not null && amount is not null) rewards.Add(new RewardSpec(kind.Value, amount.Value, description));
        }
        return rewards;
    }

    private static decimal? Amount(RewardKind? kind, YamlNode? node, YamlMappingNode map, YamlFileReader reader)
    {
        switch (kind)
        {
            case RewardKind.BonusPoints:
                if (node is null) reader.Error(map, "a bonusPoints reward has an amount (points).");
                return node is null ? null : reader.Integer(node, "bonus points amount", 1, 10_000);
            case RewardKind.Voucher or RewardKind.Cash:
                if (node is null) reader.Error(map, $"a {YamlFileReader.Camel(kind.Value.ToString())} reward has an amount (yuan).");
                return node is null ? null : reader.Number(node, "amount (yuan)", 0, 1_000_000, aboveMin: true);
            case null:
                return null;
            default:
                if (node is not null) reader.Error(node, $"a {YamlFileReader.Camel(kind.Value.ToString())} reward has no amount.");
                return 0;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();
}
