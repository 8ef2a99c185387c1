using GraphQL.Types;
using Platform.Recognition.Nominations;

namespace Platform.Recognition.GraphQL;

internal sealed class NominationStatusGraphType : EnumerationGraphType<NominationStatus>
{
    public NominationStatusGraphType()
    {
        Name = "NominationStatus";
        Description = "Where a nomination stands: DRAFT, INELIGIBLE, ELIGIBLE (awaiting a committee), IN_REVIEW, REJECTED, IN_NOTICE, NOTICE_ENDED (an objection awaits a ruling), AWARDED, WITHDRAWN, REVOKED.";
    }
}

internal sealed class ObjectionStatusGraphType : EnumerationGraphType<ObjectionStatus>
{
    public ObjectionStatusGraphType() => Name = "ObjectionStatus";
}
