using NetTopologySuite.Geometries;

namespace ClusterStats.Spatial.Internal;

/// <summary>Region centroids: NetTopologySuite's area-weighted centroid of the polygons (GEOS's, which sf's st_centroid uses in planar mode).</summary>
internal static class Centroids
{
    public static (double X, double Y)[] Of(RegionGeometries geometries)
    {
        var points = new (double X, double Y)[geometries.Count];
        for (int i = 0; i < points.Length; i++)
        {
            Point c = geometries[i].Geometry.Centroid;
            points[i] = (c.X, c.Y);
        }
        return points;
    }
}

/// <summary>Neighbours by distance between points, as spdep's <c>knearneigh</c> and <c>dnearneigh</c> (C code paths).</summary>
internal static class DistanceNeighbours
{
    public static List<int>[] Nearest((double X, double Y)[] points, int k, bool longLat)
    {
        int n = points.Length;
        var lists = new List<int>[n];
        // The k nearest so far, nearest first; a later region only enters ahead of a strictly farther one, so of equal
        // distances the region that comes first wins, as spdep's insertion.
        var best = new int[k];
        var bestDistance = new double[k];
        for (int i = 0; i < n; i++)
        {
            int count = 0;
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                double d = Distance(points[i], points[j], longLat);
                if (count == k && !(d < bestDistance[k - 1])) continue;
                int at = count < k ? count++ : k - 1;
                while (at > 0 && d < bestDistance[at - 1])
                {
                    best[at] = best[at - 1];
                    bestDistance[at] = bestDistance[at - 1];
                    at--;
                }
                best[at] = j;
                bestDistance[at] = d;
            }
            lists[i] = [.. best.AsSpan(0, count)];
        }
        return lists;
    }

    public static List<int>[] Band((double X, double Y)[] points, double lower, double upper, bool longLat)
    {
        int n = points.Length;
        var lists = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            lists[i] = [];
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                double d = Distance(points[i], points[j], longLat);
                if (d >= lower && d <= upper) lists[i].Add(j);
            }
        }
        return lists;
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b, bool longLat) =>
        longLat ? GreatCircleKm(a.X, a.Y, b.X, b.Y) : Planar(a.X - b.X, a.Y - b.Y);

    /// <summary>C's DBL_EPSILON, 2⁻⁵².</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>√(dx² + dy²) without overflow or underflow, as C's hypot.</summary>
    internal static double Planar(double dx, double dy)
    {
        dx = Math.Abs(dx);
        dy = Math.Abs(dy);
        double big = Math.Max(dx, dy), small = Math.Min(dx, dy);
        if (big == 0) return 0;
        double r = small / big;
        return big * Math.Sqrt(1 + r * r);
    }

    /// <summary>
    /// The distance in km between two points given as longitude and latitude in degrees on the WGS-84 ellipsoid, by
    /// Lambert's formula for long lines (the formula spdep's <c>gcdist</c> uses; accurate to tens of metres).
    /// </summary>
    internal static double GreatCircleKm(double lon1, double lat1, double lon2, double lat2)
    {
        // The same point (also across the antimeridian): zero, as spdep, whose formula would divide 0 by 0.
        if (Math.Abs(lat1 - lat2) < MachineEpsilon && Math.Abs((lon1 - lon2) % 360.0) < MachineEpsilon) return 0;
        const double a = 6378.137;
        const double f = 1.0 / 298.257223563;
        const double rad = Math.PI / 180;
        double F = (lat1 * rad + lat2 * rad) / 2.0;
        double G = (lat1 * rad - lat2 * rad) / 2.0;
        double L = (lon1 * rad - lon2 * rad) / 2.0;
        double sinG2 = Square(Math.Sin(G)), cosG2 = Square(Math.Cos(G));
        double sinF2 = Square(Math.Sin(F)), cosF2 = Square(Math.Cos(F));
        double sinL2 = Square(Math.Sin(L)), cosL2 = Square(Math.Cos(L));
        double S = sinG2 * cosL2 + cosF2 * sinL2;
        double C = cosG2 * cosL2 + sinF2 * sinL2;
        double w = Math.Atan(Math.Sqrt(S / C));
        double R = Math.Sqrt(S * C) / w;
        double D = 2 * w * a;
        double H1 = (3 * R - 1) / (2 * C);
        double H2 = (3 * R + 1) / (2 * S);
        return D * (1 + f * H1 * sinF2 * cosG2 - f * H2 * cosF2 * sinG2);
    }

    private static double Square(double x) => x * x;
}
