using NetTopologySuite.Geometries;

namespace ClusterStats.Spatial.Internal;

/// <summary>
/// spdep's <c>poly2nb</c> vertex rule. Each region's points are the coordinates of all its rings in order (shell, then
/// holes, polygon by polygon, each ring closed) without the very first one, as spdep takes them from sf's
/// <c>st_coordinates</c>; two regions are neighbours when more than <c>criterion − 1</c> pairs of their points lie within
/// the snap distance (queen: 1 pair, rook: 2 pairs). Only pairs whose boxes, widened by the snap, overlap are compared.
/// </summary>
internal static class ContiguityBuilder
{
    public static List<int>[] Build(RegionGeometries geometries, double snap, int criterion)
    {
        int n = geometries.Count;
        var xs = new double[n][];
        var ys = new double[n][];
        var box = new (double MinX, double MinY, double MaxX, double MaxY)[n];
        for (int i = 0; i < n; i++)
        {
            (xs[i], ys[i]) = Points(geometries[i].Geometry);
            box[i] = (xs[i].Min() - snap, ys[i].Min() - snap, xs[i].Max() + snap, ys[i].Max() + snap);
        }
        var lists = new List<int>[n];
        for (int i = 0; i < n; i++) lists[i] = [];
        // Sweep along x: regions in order of their left edge; a region can only touch those whose left edge is not
        // right of its own right edge.
        var order = Enumerable.Range(0, n).OrderBy(i => box[i].MinX).ThenBy(i => i).ToArray();
        for (int a = 0; a < n; a++)
        {
            int i = order[a];
            for (int b = a + 1; b < n; b++)
            {
                int j = order[b];
                if (box[j].MinX > box[i].MaxX) break;
                if (box[i].MinY > box[j].MaxY || box[i].MaxY < box[j].MinY || box[i].MinX > box[j].MaxX) continue;
                if (Hits(xs[i], ys[i], xs[j], ys[j], snap, criterion) >= criterion)
                {
                    lists[i].Add(j);
                    lists[j].Add(i);
                }
            }
        }
        return lists;
    }

    /// <summary>The pairs of points within the snap distance, counted up to <paramref name="enough"/>.</summary>
    private static int Hits(double[] x1, double[] y1, double[] x2, double[] y2, double snap, int enough)
    {
        int k = 0;
        for (int i = 0; i < x1.Length && k < enough; i++)
        {
            for (int j = 0; j < x2.Length && k < enough; j++)
            {
                double dx = x1[i] - x2[j];
                if (Math.Abs(dx) > snap) continue;
                double dy = y1[i] - y2[j];
                if (Math.Abs(dy) > snap) continue;
                if (DistanceNeighbours.Planar(dx, dy) <= snap) k++;
            }
        }
        return k;
    }

    private static (double[] X, double[] Y) Points(Geometry geometry)
    {
        var x = new List<double>();
        var y = new List<double>();
        for (int p = 0; p < geometry.NumGeometries; p++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(p);
            Add(polygon.ExteriorRing);
            foreach (var hole in polygon.InteriorRings) Add(hole);
        }
        // spdep drops the first row of each region's coordinates (the first ring's start, which its last repeats).
        return (x.Skip(1).ToArray(), y.Skip(1).ToArray());

        void Add(LineString ring)
        {
            var sequence = ring.CoordinateSequence;
            for (int c = 0; c < sequence.Count; c++)
            {
                x.Add(sequence.GetX(c));
                y.Add(sequence.GetY(c));
            }
        }
    }
}
