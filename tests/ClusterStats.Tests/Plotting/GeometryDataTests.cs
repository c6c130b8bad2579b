using System.Text.Json;
using ClusterStats.Spatial;

namespace ClusterStats.Tests.Plotting;

/// <summary>The geometry files of data/geometry are what data/README.md says they are.</summary>
public class GeometryDataTests
{
    private static string File(string name) => Path.Combine(PlotAssert.RepoRoot, "data", "geometry", name);

    [Test]
    public void The_province_hexagons_carry_the_panels_regions_and_the_stated_neighbours()
    {
        var hexes = RegionGeometries.ReadGeoJson(File("province-hexes.geojson"));
        var panelRegions = ChartRecipes.Panel()[2023].Regions;
        Assert.That(hexes.Ids, Is.EquivalentTo(panelRegions));
        foreach (var contiguity in new[] { Contiguity.Queen, Contiguity.Rook })
        {
            var weights = SpatialWeights.FromContiguity(hexes, contiguity);
            Assert.That(weights.Islands, Is.Empty);
            var pairs = new SortedSet<string>(StringComparer.Ordinal);
            for (int r = 0; r < weights.Count; r++)
                foreach (var n in weights.Neighbours(r))
                    pairs.Add(string.Join("–", new[] { weights.Regions[r], weights.Regions[n] }.Order(StringComparer.Ordinal)));
            string[] stated = ["吉林–辽宁", "辽宁–河北", "辽宁–山东", "河北–河南", "河北–山东", "四川–河南", "河南–山东", "河南–江苏", "山东–江苏", "江苏–浙江", "浙江–福建", "福建–广东"];
            Assert.That(pairs, Is.EquivalentTo(stated.Select(p => string.Join("–", p.Split('–').Order(StringComparer.Ordinal)))), contiguity.ToString());
        }
    }

    [Test]
    public void The_US_states_file_is_small_with_56_features_of_FIPS_ids_and_names()
    {
        Assert.That(new FileInfo(File("us-states.geojson")).Length, Is.LessThan(1 << 20));
        var states = RegionGeometries.ReadGeoJson(File("us-states.geojson"));
        Assert.That(states, Has.Count.EqualTo(56));
        Assert.That(states.Ids, Has.All.Match("^[0-9]{2}$"));
        var byName = RegionGeometries.ReadGeoJson(File("us-states.geojson"), "name");
        Assert.That(byName.Ids, Does.Contain("California").And.Contain("District of Columbia"));
        using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(File("us-states.geojson")));
        Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("FeatureCollection"));
    }
}
