namespace Platform.Points.Activities;

/// <summary>Where an activity takes place; outlets and communities may name their registry id.</summary>
internal enum ActivityPlaceKind
{
    /// <summary>营业网点: an enterprise's outlet.</summary>
    Outlet,

    /// <summary>暖蜂驿站: a warm station.</summary>
    WarmStation,

    /// <summary>村(社区): a community.</summary>
    Community,

    /// <summary>Anywhere else (and every activity scheduled before places had kinds).</summary>
    Other,
}
