using Platform.Recognition.Contracts;

namespace Platform.Recognition.Nominations;

/// <summary>
/// Counts the reviews of the members not recused against the scheme's review policy. Quorum: at
/// least max(minReviewers, ceil(quorum × active members)) reviews. Pass: the yes share (votes)
/// and/or the weighted mean score as a share of the maximum reach the threshold.
/// </summary>
internal static class ReviewTallying
{
    public static ReviewTally Tally(Nomination nomination, ReviewPolicy policy)
    {
        var active = nomination.ActiveMembers;
        var reviews = nomination.Reviews.Where(r => active.Contains(r.MemberId)).ToList();
        var required = Math.Max(policy.MinReviewers, (int)Math.Ceiling(policy.Quorum * active.Count));
        var yes = reviews.Count(r => r.Vote == true);
        var no = reviews.Count(r => r.Vote == false);
        double? yesShare = Votes(policy.Mode) && yes + no > 0 ? (double)yes / (yes + no) : null;
        double? scoreShare = Scores(policy.Mode) && reviews.Count > 0 ? reviews.Average(r => ScoreShare(r, policy.Rubric)) : null;
        return new ReviewTally(reviews.Count, required, yes, no, scoreShare, yesShare);
    }

    public static bool QuorumMet(ReviewTally tally) => tally.Reviews >= tally.Required;

    public static bool Passes(ReviewTally tally, ReviewPolicy policy) =>
        (!Votes(policy.Mode) || tally.YesShare >= policy.PassThreshold) && (!Scores(policy.Mode) || tally.ScoreShare >= policy.PassThreshold);

    /// <summary>Every member not recused has reviewed: the review can conclude without anyone closing it.</summary>
    public static bool Complete(Nomination nomination) =>
        nomination.ActiveMembers.All(m => nomination.Reviews.Any(r => r.MemberId == m));

    public static bool Votes(ReviewMode mode) => mode is ReviewMode.Vote or ReviewMode.ScoreAndVote;

    public static bool Scores(ReviewMode mode) => mode is ReviewMode.Score or ReviewMode.ScoreAndVote;

    private static double ScoreShare(Review review, IReadOnlyList<RubricCriterion> rubric)
    {
        var weights = rubric.Sum(c => c.Weight);
        return weights <= 0 ? 0 : rubric.Sum(c => c.Weight * review.Scores.GetValueOrDefault(c.Id) / c.MaxScore) / weights;
    }
}
