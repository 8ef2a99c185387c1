using GraphQL.Types;
using Platform.Recognition.Contracts;
using Platform.Recognition.Eligibility;

namespace Platform.Recognition.GraphQL;

internal sealed class EligibilityCheckGraphType : ObjectGraphType<EligibilityCheck>
{
    public EligibilityCheckGraphType()
    {
        Name = "EligibilityCheck";
        Description = "One rule of a scheme applied to a subject's facts.";
        Field(x => x.Rule).Description("The rule as the scheme states it.");
        Field(x => x.Passed);
        Field(x => x.Reason).Description("Why, with the values used.");
    }
}

internal sealed class EligibilityGraphType : ObjectGraphType<EligibilityResult>
{
    public EligibilityGraphType()
    {
        Name = "Eligibility";
        Description = "A subject's eligibility for a scheme and period, as a nomination's check would find it now.";
        Field<NonNullGraphType<BooleanGraphType>>("eligible").Description("Whether every rule passed.").Resolve(c => c.Source.Outcome.Eligible);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityCheckGraphType>>>>("checks")
            .Description("Every rule, in the scheme's order.").Resolve(c => c.Source.Outcome.Checks);
        Field<NonNullGraphType<FactsGraphType>>("facts").Resolve(c => c.Source.Facts);
    }
}
