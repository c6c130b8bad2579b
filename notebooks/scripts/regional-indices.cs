#:package ClusterStats@*-*
// Regional indices of the synthetic hosiery panel: the notebook regional-indices.ipynb as a script, for the .NET 10 SDK alone (no notebook kernel).
// Run it with `dotnet run regional-indices.cs` (the page goes to regional-indices.html) or `dotnet run regional-indices.cs -- <page.html>`.
// The text and the results are the notebook's, in the same order; the page is one self-contained HTML file.
using ClusterStats;
using ClusterStats.Indices;
using ClusterStats.Plotting;
using ClusterStats.Spatial;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "regional-indices.html");
// The notebook's relative paths are relative to the notebooks folder, one up from this script.
var notebooks = Path.GetFullPath(Path.Combine((string)AppContext.GetData("EntryPointFileDirectoryPath")!, ".."));
Directory.SetCurrentDirectory(notebooks);
var page = new AnalysisPage("Regional indices: where is hosiery concentrated?");
page.Markdown("""
This notebook computes the standard regional-economics indices — location quotients, Herfindahl, shift-share and the
US Cluster Mapping strong-cluster rule — on `data/regional-employment.csv`, a region x industry x year panel of
employment and establishments for ten Chinese provinces.

**The panel is synthetic**: no citable province x industry hosiery table exists in the sources, so it is generated
reproducibly (seed 20240725, see `data/regional-employment.md`) with a hosiery specialisation built into Zhejiang
(Datang), Liaoning (Xiaobeihe) and Jilin (Liaoyuan). Use it to learn the indices, not as evidence. The formulas and
conventions follow the R packages EconGeo and REAT; every silent choice of theirs is a named parameter here.
""");

var employment = RegionIndustryPanel.FromCsv("../data/regional-employment.csv", valueColumn: "employment");
var establishments = RegionIndustryPanel.FromCsv("../data/regional-employment.csv", valueColumn: "establishments");
var e2023 = employment[2023];
page.Add(e2023.ToDataFrame());

page.Markdown("""
## Location quotients

LQ = (region's share of employment in an industry) / (the nation's share), with the nation the sum of the ten
provinces. Above 1 the province is specialised; the heatmap's diverging scale is centred on 1.
""");

var lq = e2023.LocationQuotient();
page.Add(lq);

page.Add(Charts.LqHeatmap(lq, "区位商 Location quotients of employment, 2023", footnote: "Synthetic panel: data/regional-employment.csv (seeded, not statistics)."));

page.Markdown("""
## Maps: hosiery LQ and its local clusters

The ten provinces drawn on a synthetic hexagon layout, `data/geometry/province-hexes.geojson`: one hexagon per
province, placed roughly where it lies, with the panel's Chinese names as ids. The hexagons are not borders and
their adjacency is part of the layout (see `data/README.md`). The diverging scale is centred at 1, so a province
above the national share is red and one below is blue.
""");

var hexes = RegionGeometries.ReadGeoJson("../data/geometry/province-hexes.geojson");
int hosiery = lq.Industries.ToList().IndexOf("hosiery");
var lqCells = lq.ToArray();
var hosieryLq = lq.Regions.Select((region, r) => (region, lqCells[r, hosiery])).ToDictionary(x => x.region, x => x.Item2);
var matched = hexes.Match(hosieryLq);   // every province needs a hexagon and every hexagon a value
page.Add(Charts.Choropleth(
    matched.Geometries.Select((g, i) => new MapArea(g.Id, g.Geometry, matched.Values[i])),
    "袜业区位商 Hosiery location quotient, 2023",
    new ChoroplethOptions
    {
        Scale = MapScale.Diverging,
        ValueTitle = "location quotient",
        Footnote = "Synthetic panel data/regional-employment.csv on the synthetic hexagon layout (not borders).",
    }));

page.Markdown("""
Local Moran (LISA) asks whether a province's LQ is like its neighbours' beyond chance: queen contiguity,
row-standardised weights and 999 conditional permutations with a fixed seed, so the result repeats. The cluster map
colours only the provinces significant at 0.05 by their quadrant (High-High, Low-Low, Low-High, High-Low).
""");

var lisa = SpatialWeights.FromContiguity(matched.Geometries).LocalMoran(matched.Values);
page.Add(lisa.ToDataFrame());

page.Add(Charts.LisaClusterMap(matched.Geometries, lisa, "袜业区位商的局部莫兰 LISA clusters of the hosiery LQ, 2023",
    new LisaMapOptions
    {
        Labels = matched.Geometries.ToDictionary(g => g.Id, g => g.Id),
        Footnote = "Queen contiguity, row-standardised. Synthetic panel on the synthetic hexagon layout (not borders).",
    }));

page.Markdown("""
With ten regions, each with one to four neighbours, no province's LQ is significantly like or unlike its
neighbours' at 0.05: local statistics need many regions. The specialisations the heatmap shows (Zhejiang, Liaoning,
Jilin) are single provinces, not clusters of neighbouring ones. `clusterstats plot map --lisa` draws the same map
from a `region,value` file.
""");

page.Markdown("""
## Herfindahl: how concentrated is each province's industry mix?

Plain Herfindahl (sum of squared shares), normalised, and the equivalent number of equally sized industries.
""");

page.Add(e2023.Herfindahl());

page.Markdown("""
## Shift-share, 2018 to 2023

Dunn's decomposition of each province's change in employment into the national-growth share, the industry-mix effect
and the regional shift (competitive effect). The components add up to the actual change.
""");

var shiftShare = employment.ShiftShare(2018, 2023);
page.Add(shiftShare);

page.Add(Charts.ShiftShare(shiftShare, "Shift-share of employment, 2018–2023", "persons", footnote: "Synthetic panel: data/regional-employment.csv (seeded, not statistics)."));

page.Markdown("""
## Strong clusters (US Cluster Mapping rule)

A region–industry cell is a strong cluster when its LQ is at or above the 75th percentile of that industry's LQs and at
least 1, and both its employment and establishments are above their 25th percentiles (quantiles by linear
interpolation, R type 7).
""");

var strength = e2023.ClusterStrength(establishments[2023]);
page.Text(string.Join("\n", strength.Cells.Where(c => c.Strong).Select(c => $"{c.Region} · {c.Industry}: LQ {c.LocationQuotient:0.00}")));

Console.WriteLine(page.Save(output));
