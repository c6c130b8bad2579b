using System.Text.Json;
using ClusterStats.Indices;
using ClusterStats.Plotting;
using ClusterStats.Spatial;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using ScottPlot;

namespace ClusterStats.Tests.Plotting;

/// <summary>
/// The maps the README and the indices notebook show, built through the library's API from the geometry in
/// data/geometry: the synthetic province hexagons with the synthetic panel's location quotients, and the US states.
/// </summary>
internal static class MapRecipes
{
    /// <summary>The features of a GeoJSON file of data/geometry.</summary>
    public static FeatureCollection Geometry(string name)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var path = Path.Combine(PlotAssert.RepoRoot, "data", "geometry", name);
        return JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
    }

    /// <summary>The Feature ids of a GeoJSON file of data/geometry, in order (the US states have no id property).</summary>
    public static List<string> FeatureIds(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(PlotAssert.RepoRoot, "data", "geometry", name)));
        return [.. json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];
    }

    /// <summary>The hosiery location quotient of each province in 2023, from the synthetic panel.</summary>
    public static Dictionary<string, double> HosieryLq()
    {
        var lq = ChartRecipes.Panel()[2023].LocationQuotient();
        int column = lq.Industries.ToList().IndexOf("hosiery");
        var values = lq.ToArray();
        return lq.Regions.Select((region, r) => (region, values[r, column])).ToDictionary(x => x.region, x => x.Item2, StringComparer.Ordinal);
    }

    /// <summary>The province hexagons with their hosiery LQ, labelled with their Chinese names.</summary>
    public static List<MapArea> ProvinceAreas(IReadOnlyDictionary<string, double> values) =>
        [.. Geometry("province-hexes.geojson").Select(f => new MapArea((string)f.Attributes["id"], f.Geometry,
            values.TryGetValue((string)f.Attributes["id"], out var v) ? v : null) { Label = (string)f.Attributes["name_zh"] })];

    /// <summary>LQ of hosiery employment, 2023, on the diverging scale.</summary>
    public static Plot ProvinceLq() => Charts.Choropleth(ProvinceAreas(HosieryLq()), "袜业区位商 Hosiery location quotient, 2023", new ChoroplethOptions
    {
        Scale = MapScale.Diverging,
        ValueTitle = "location quotient",
        Footnote = "Synthetic panel data/regional-employment.csv on the synthetic hexagon layout data/geometry/province-hexes.geojson (not borders).",
    });

    /// <summary>
    /// The LISA cluster map of the hosiery LQ on the hexagons: queen contiguity, row-standardised, 999 conditional
    /// permutations with the default seed, significant at 0.05.
    /// </summary>
    public static Plot ProvinceLisa()
    {
        var hexes = RegionGeometries.ReadGeoJson(Path.Combine(PlotAssert.RepoRoot, "data", "geometry", "province-hexes.geojson"));
        var lq = HosieryLq();
        var lisa = SpatialWeights.FromContiguity(hexes).LocalMoran([.. hexes.Select(h => lq[h.Id])]);
        return Charts.LisaClusterMap(hexes, lisa, "袜业区位商的局部莫兰 LISA clusters of the hosiery LQ, 2023", new LisaMapOptions
        {
            Labels = hexes.ToDictionary(h => h.Id, h => h.Id, StringComparer.Ordinal),
            Footnote = "Queen contiguity, row-standardised. Synthetic panel on the synthetic hexagon layout (not borders).",
        });
    }

    /// <summary>
    /// The LISA cluster map of the states' areas (large states beside large ones in the West, small beside small in the
    /// Northeast): queen contiguity of the conterminous states and DC, 999 permutations with the default seed, 0.05.
    /// </summary>
    public static Plot UsAreaLisa()
    {
        var states = ConterminousStates();
        var geometries = RegionGeometries.ReadGeoJson(Path.Combine(PlotAssert.RepoRoot, "data", "geometry", "us-states.geojson")).Select(states.Select(s => s.Id));
        var areas = StateAreas(states);
        var lisa = SpatialWeights.FromContiguity(geometries).LocalMoran([.. geometries.Select(g => areas[g.Id])]);
        return Charts.LisaClusterMap(geometries, lisa, "美国各州面积的局部莫兰 LISA clusters of the US states' areas", new LisaMapOptions
        {
            Projection = MapProjection.UsAlbers,
            Labels = states.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal),
            Footnote = "Queen contiguity of the 48 conterminous states and DC, row-standardised; area of the simplified Census outline (us-atlas 3.0.1).",
        });
    }

    /// <summary>The area of each state's outline in square kilometres on the USGS Albers projection.</summary>
    public static Dictionary<string, double> StateAreas(IEnumerable<(string Id, string Name, NetTopologySuite.Geometries.Geometry Geometry)> states) =>
        states.ToDictionary(s => s.Id, s =>
        {
            var projected = s.Geometry.Copy();
            projected.Apply(new ProjectFilter(MapProjection.UsAlbers));
            return projected.Area;
        }, StringComparer.Ordinal);

    /// <summary>The conterminous states and DC (no Alaska, Hawaii or territories).</summary>
    public static List<(string Id, string Name, NetTopologySuite.Geometries.Geometry Geometry)> ConterminousStates() =>
        [.. Geometry("us-states.geojson").Zip(FeatureIds("us-states.geojson"))
            .Select(x => (Id: x.Second, Name: (string)x.First.Attributes["name"], x.First.Geometry))
            .Where(s => s.Id is not ("02" or "15" or "60" or "66" or "69" or "72" or "78"))];

    /// <summary>
    /// The area of each state's outline in square kilometres on the USGS Albers projection (a measured property of the
    /// committed geometry, so the map shows a real quantity), by natural breaks.
    /// </summary>
    public static Plot UsStateAreas(MapScale scale = MapScale.NaturalBreaks)
    {
        var states = ConterminousStates();
        var albers = MapProjection.UsAlbers;
        var area = StateAreas(states);
        var areas = states.Select(s => new MapArea(s.Id, s.Geometry, area[s.Id]) { Label = s.Name });
        return Charts.Choropleth(areas, "美国各州面积 Area of the US states, km²", new ChoroplethOptions
        {
            Scale = scale,
            Projection = albers,
            ValueTitle = "km²",
            Footnote = "Geometry: US Census Bureau cartographic boundaries 2017 (public domain) via us-atlas 3.0.1; area of the simplified outline on the same projection.",
        });
    }

    private sealed class ProjectFilter(MapProjection projection) : NetTopologySuite.Geometries.IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;
        public void Filter(NetTopologySuite.Geometries.CoordinateSequence seq)
        {
            for (int i = 0; i < seq.Count; i++)
            {
                var (x, y) = projection.Project(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
