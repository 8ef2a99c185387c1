using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

internal sealed class RecognitionQueryGraphType : ObjectGraphType
{
    public RecognitionQueryGraphType()
    {
        Name = "RecognitionQuery";
        Description = "Honour schemes, nominations, review queues, honours and rewards.";
        SchemeFields.AddQueries(this);
        EligibilityFields.AddQueries(this);
        CandidateFields.AddQueries(this);
        CommitteeFields.AddQueries(this);
        NominationFields.AddQueries(this);
        RewardFields.AddQueries(this);
    }
}
