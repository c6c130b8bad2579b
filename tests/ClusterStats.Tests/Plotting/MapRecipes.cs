using System.Text.Json;
using ClusterStats.Indices;
using ClusterStats.Plotting;
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
        var areas = states.Select(s =>
        {
            var projected = s.Geometry.Copy();
            projected.Apply(new ProjectFilter(albers));
            return new MapArea(s.Id, s.Geometry, projected.Area) { Label = s.Name };
        });
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
