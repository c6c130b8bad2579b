using ClusterStats.Spatial;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Spatial;

/// <summary>Weights beyond the spdep comparison: islands, the vertex rule's edge cases, styles, GAL and CSV output.</summary>
public class WeightsTests
{
    private static string Polygon(string id, params (double X, double Y)[] ring) =>
        $"{{\"type\":\"Feature\",\"id\":\"{id}\",\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[{string.Join(",", ring.Select(p => FormattableString.Invariant($"[{p.X},{p.Y}]")))}]]}}}}";

    private static RegionGeometries Regions(params string[] features) =>
        RegionGeometries.ParseGeoJson("{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features) + "]}");

    private static string[] NeighbourIds(SpatialWeights w, string id)
    {
        int i = w.Regions.ToList().IndexOf(id);
        return w.Neighbours(i).ToArray().Select(j => w.Regions[j]).ToArray();
    }

    [Test]
    public void Islands_are_an_error_naming_every_island_unless_kept()
    {
        var g = Regions(
            Polygon("A", (0, 0), (1, 0), (1, 1), (0, 1), (0, 0)),
            Polygon("B", (1, 0), (2, 0), (2, 1), (1, 1), (1, 0)),
            Polygon("far1", (10, 10), (11, 10), (11, 11), (10, 11), (10, 10)),
            Polygon("far2", (20, 10), (21, 10), (21, 11), (20, 11), (20, 10)));
        var error = Assert.Throws<SpatialIslandsException>(() => SpatialWeights.FromContiguity(g))!;
        Assert.That(error.Islands, Is.EqualTo(new[] { "far1", "far2" }));
        Assert.That(error.Message, Does.Contain("far1, far2").And.Contain("queen contiguity"));
        var kept = SpatialWeights.FromContiguity(g, islands: IslandPolicy.Keep);
        Assert.That(kept.Islands, Is.EqualTo(new[] { "far1", "far2" }));
        Assert.That(kept.Weights(2).Length, Is.Zero);
        Assert.Throws<SpatialIslandsException>(() => SpatialWeights.FromDistanceBand(g, 1.5));
    }

    [Test]
    public void A_T_junction_without_a_shared_vertex_is_not_contiguity_and_one_shared_vertex_is_queen_only()
    {
        // C sits on top of A and B; its bottom edge has no vertex at x = 1, where A and B meet. D touches B at one corner.
        var g = Regions(
            Polygon("A", (0, 0), (1, 0), (1, 1), (0, 1), (0, 0)),
            Polygon("B", (1, 0), (2, 0), (2, 1), (1, 1), (1, 0)),
            Polygon("C", (0, 1), (2, 1), (2, 2), (0, 2), (0, 1)),
            Polygon("D", (2, -1), (3, -1), (3, 0), (2, 0), (2, -1)));
        var queen = SpatialWeights.FromContiguity(g, islands: IslandPolicy.Keep);
        var rook = SpatialWeights.FromContiguity(g, Contiguity.Rook, islands: IslandPolicy.Keep);
        // A and C share the vertices (0,1) and the corner (1,1) of A lies on C's edge but is not C's vertex: one hit.
        Assert.That(NeighbourIds(queen, "A"), Is.EqualTo(new[] { "B", "C" }));
        Assert.That(NeighbourIds(rook, "A"), Is.EqualTo(new[] { "B" }));
        Assert.That(NeighbourIds(queen, "D"), Is.EqualTo(new[] { "B" }));
        Assert.That(NeighbourIds(rook, "D"), Is.Empty);
        // C shares one vertex with A and one with B, however long its edge along them: queen only.
        Assert.That(NeighbourIds(queen, "C"), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(rook.Islands, Is.EqualTo(new[] { "C", "D" }));
    }

    [Test]
    public void Vertices_within_the_snap_distance_touch_and_farther_ones_do_not()
    {
        double gap = 1e-8; // below √eps ≈ 1.49e-8
        var near = Regions(
            Polygon("A", (0, 0), (1, 0), (1, 1), (0, 1), (0, 0)),
            Polygon("B", (1 + gap, 0), (2, 0), (2, 1), (1 + gap, 1), (1 + gap, 0)));
        Assert.That(NeighbourIds(SpatialWeights.FromContiguity(near, Contiguity.Rook), "A"), Is.EqualTo(new[] { "B" }));
        var far = Regions(
            Polygon("A", (0, 0), (1, 0), (1, 1), (0, 1), (0, 0)),
            Polygon("B", (1 + 2e-8, 0), (2, 0), (2, 1), (1 + 2e-8, 1), (1 + 2e-8, 0)));
        Assert.That(SpatialWeights.FromContiguity(far, islands: IslandPolicy.Keep).Islands, Has.Count.EqualTo(2));
        Assert.That(NeighbourIds(SpatialWeights.FromContiguity(far, snap: 1e-7), "A"), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void Styles_weigh_each_neighbour_one_or_one_over_the_count()
    {
        var w = SpdepExpected.Weights("grid", "queen", WeightsStyle.W);
        var b = SpdepExpected.Weights("grid", "queen", WeightsStyle.B);
        for (int i = 0; i < w.Count; i++)
        {
            Assert.That(w.Weights(i).ToArray().Sum(), Is.EqualTo(1.0).Within(1e-15));
            Assert.That(b.Weights(i).ToArray(), Is.All.EqualTo(1.0));
        }
        Assert.That(w.Neighbours(0).Length, Is.EqualTo(3), "a corner cell has 3 queen neighbours");
    }

    [Test]
    public void Nearest_neighbours_break_ties_by_region_order_as_spdep()
    {
        // On the grid every cell has 4 cells at distance 1 and 4 at sqrt 2; spdep 1.2-7 (knearneigh, C code path) gave
        // g22: g12 g21 for k = 2 and g11 g12 g21 g23 g32 for k = 5 (the first of the diagonal cells in file order).
        var g = SpdepExpected.Geometries("grid");
        Assert.That(NeighbourIds(SpatialWeights.FromNearestNeighbours(g, 2), "g22"), Is.EqualTo(new[] { "g12", "g21" }));
        Assert.That(NeighbourIds(SpatialWeights.FromNearestNeighbours(g, 2), "g65"), Is.EqualTo(new[] { "g55", "g64" }));
        Assert.That(NeighbourIds(SpatialWeights.FromNearestNeighbours(g, 5), "g22"), Is.EqualTo(new[] { "g11", "g12", "g21", "g23", "g32" }));
    }

    [Test]
    public void Nearest_neighbours_and_distance_bands_refuse_impossible_parameters()
    {
        var g = SpdepExpected.Geometries("grid");
        Assert.Throws<ClusterStatsException>(() => SpatialWeights.FromNearestNeighbours(g, 0));
        Assert.Throws<ClusterStatsException>(() => SpatialWeights.FromNearestNeighbours(g, g.Count));
        Assert.Throws<ClusterStatsException>(() => SpatialWeights.FromDistanceBand(g, -1));
        Assert.Throws<ClusterStatsException>(() => SpatialWeights.FromDistanceBand(g, double.NaN));
        Assert.Throws<ClusterStatsException>(() => SpatialWeights.FromContiguity(g, snap: -1));
    }

    [Test]
    public void Weights_are_written_as_GAL_and_CSV()
    {
        var w = SpdepExpected.Weights("grid", "rook", WeightsStyle.W);
        var gal = Repo.Artifact("spatial", "grid-rook.gal");
        var csv = Repo.Artifact("spatial", "grid-rook.csv");
        w.WriteGal(gal);
        w.WriteCsv(csv);
        var galLines = File.ReadAllLines(gal);
        Assert.That(galLines[0], Is.EqualTo("0 30 regions id"));
        Assert.That(galLines[1], Is.EqualTo("g11 2"));
        Assert.That(galLines[2], Is.EqualTo("g12 g21"));
        Assert.That(galLines, Has.Length.EqualTo(1 + 2 * 30));
        var csvLines = File.ReadAllLines(csv);
        Assert.That(csvLines[0], Is.EqualTo("region,neighbour,weight"));
        Assert.That(csvLines[1], Is.EqualTo("g11,g12,0.5"));
        Assert.That(csvLines, Has.Length.EqualTo(1 + Enumerable.Range(0, w.Count).Sum(i => w.Neighbours(i).Length)));
        var spaced = Regions(Polygon("a b", (0, 0), (1, 0), (1, 1), (0, 1), (0, 0)), Polygon("=c", (1, 0), (2, 0), (2, 1), (1, 1), (1, 0)));
        var sw = SpatialWeights.FromContiguity(spaced);
        Assert.Throws<ClusterStatsException>(() => sw.WriteGal(Repo.Artifact("spatial", "spaced.gal")));
        sw.WriteCsv(csv);
        Assert.That(File.ReadAllLines(csv)[1], Is.EqualTo("a b,'=c,1"), "formula-like ids are neutralised");
    }

    [Test]
    public void Great_circle_distances_are_spdeps_ellipsoid_kilometres()
    {
        // The same point (also 360 degrees apart) is 0 km; a degree of longitude on the equator is 2 pi a / 360 = 111.3195 km.
        // The distance-band and nearest-neighbour cases of SpdepEquivalenceTests check the formula against spdep.
        Assert.That(ClusterStats.Spatial.Internal.DistanceNeighbours.GreatCircleKm(0, 0, 0, 0), Is.Zero);
        Assert.That(ClusterStats.Spatial.Internal.DistanceNeighbours.GreatCircleKm(10, 0, 370, 0), Is.Zero);
        double oneDegree = ClusterStats.Spatial.Internal.DistanceNeighbours.GreatCircleKm(0, 0, 1, 0);
        Assert.That(oneDegree, Is.EqualTo(111.319).Within(0.01), "a degree of longitude on the WGS-84 equator");
    }
}
