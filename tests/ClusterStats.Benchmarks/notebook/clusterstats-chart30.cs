#:package ClusterStats@*-*
// The work of clusterstats-chart30.ipynb as a file-based app: load 30 regions with Chinese names, add each one's
// share, show the first ten rows and a bar chart with Chinese labels, on one page (chart30.html, or the path given).
using System.Globalization;
using ClusterStats;
using ClusterStats.Plotting;
using Microsoft.Data.Analysis;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "chart30.html");
var here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var df = DataFrame.LoadCsv(Path.Combine(here, "chart30.csv"), dataTypes: [typeof(string), typeof(decimal)], cultureInfo: CultureInfo.InvariantCulture);
var value = (DecimalDataFrameColumn)df["output_100m_yuan"];
df["share"] = value / (decimal)value.Sum()!;
var bars = df.Rows.Select(r => new BarItem((string)r[0], (double)(decimal)r[1]));
var page = new AnalysisPage("产值前30个乡镇")
    .Add(df.Head(10))
    .Add(Charts.Comparison(bars, "产值前30个乡镇", "100 million yuan"));
Console.WriteLine(page.Save(output));
