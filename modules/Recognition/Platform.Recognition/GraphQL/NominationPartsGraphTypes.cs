using GraphQL.Types;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.GraphQL;

internal sealed class ReviewGraphType : ObjectGraphType<Review>
{
    public ReviewGraphType()
    {
        Name = "NominationReview";
        Field(r => r.MemberId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricScoreGraphType>>>>("scores").Resolve(c => c.Source.Scores.ToList());
        Field(r => r.Vote, nullable: true);
        Field(r => r.Comment, nullable: true);
        Field(r => r.At);
    }
}

internal sealed class RubricScoreGraphType : ObjectGraphType<KeyValuePair<string, int>>
{
    public RubricScoreGraphType()
    {
        Name = "RubricScore";
        Field<NonNullGraphType<StringGraphType>>("criterion").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(c => c.Source.Value);
    }
}

internal sealed class RubricScoreInputGraphType : InputObjectGraphType<RubricScoreInput>
{
    public RubricScoreInputGraphType()
    {
        Name = "RubricScoreInput";
        Field(s => s.Criterion);
        Field(s => s.Score);
    }
}

internal sealed class RubricScoreInput
{
    public string Criterion { get; set; } = "";
    public int Score { get; set; }
}

internal sealed class RecusalGraphType : ObjectGraphType<Recusal>
{
    public RecusalGraphType()
    {
        Name = "Recusal";
        Field(r => r.MemberId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Reason);
        Field(r => r.Automatic).Description("Found by the platform (same enterprise or branch as the subject), not declared by the member.");
    }
}

internal sealed class ReviewTallyGraphType : ObjectGraphType<ReviewTally>
{
    public ReviewTallyGraphType()
    {
        Name = "ReviewTally";
        Field(t => t.Reviews).Description("Reviews by members not recused.");
        Field(t => t.Required).Description("Reviews needed for quorum.");
        Field(t => t.Yes);
        Field(t => t.No);
        Field(t => t.ScoreShare, nullable: true).Description("Weighted mean score as a share of the maximum (0 to 1).");
        Field(t => t.YesShare, nullable: true).Description("Yes votes as a share of the votes (0 to 1).");
    }
}

internal sealed class NominationStepGraphType : ObjectGraphType<NominationStep>
{
    public NominationStepGraphType()
    {
        Name = "NominationStep";
        Description = "One step of a nomination's append-only history.";
        Field(s => s.Action).Description("The event, e.g. nomination_submitted.");
        Field(s => s.At);
        Field(s => s.By, nullable: true).Description("The user who took the step (system:public-notice for the notice's end).");
        Field(s => s.Reason, nullable: true);
        Field(s => s.Version);
    }
}
