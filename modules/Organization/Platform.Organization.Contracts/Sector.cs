namespace Platform.Organization.Contracts;

/// <summary>The four sectors the programme focuses on (领域).</summary>
public enum Sector
{
    /// <summary>快递: express delivery.</summary>
    Express,

    /// <summary>外卖: food delivery.</summary>
    FoodDelivery,

    /// <summary>网约车: ride hailing.</summary>
    RideHailing,

    /// <summary>货车: freight.</summary>
    Freight,
}
