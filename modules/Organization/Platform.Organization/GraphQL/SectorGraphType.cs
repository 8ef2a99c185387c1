using GraphQL.Types;
using Platform.Organization.Contracts;

namespace Platform.Organization.GraphQL;

internal sealed class SectorGraphType : EnumerationGraphType<Sector>
{
    public SectorGraphType()
    {
        Name = "Sector";
        Description = "领域: EXPRESS 快递, FOOD_DELIVERY 外卖, RIDE_HAILING 网约车, FREIGHT 货车.";
    }
}
