using GraphQL.Types;

namespace Platform.Recognition.GraphQL;

internal sealed class RecognitionMutationGraphType : ObjectGraphType
{
    public RecognitionMutationGraphType()
    {
        Name = "RecognitionMutation";
        Description = "Nominating, reviewing, objecting, awarding and rewarding.";
        SchemeFields.AddMutations(this);
        EligibilityFields.AddMutations(this);
        CandidateFields.AddMutations(this);
        CommitteeFields.AddMutations(this);
        NominationFields.AddMutations(this);
        RewardFields.AddMutations(this);
    }
}
