namespace Platform.Points.Reports;

/// <summary>Great-circle distance on the mean-radius sphere: metres off by well under 1% at city scale, which a 200 m rule allows.</summary>
internal static class Haversine
{
    public const double EarthRadiusMetres = 6_371_008.8;

    public static double Metres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
