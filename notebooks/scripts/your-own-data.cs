#:package ClusterStats@*-*
// Your own cluster beside the reference data: the notebook your-own-data.ipynb as a script, for the .NET 10 SDK alone (no notebook kernel).
// Run it with `dotnet run your-own-data.cs` (the page goes to your-own-data.html) or `dotnet run your-own-data.cs -- <page.html>`.
// The text and the results are the notebook's, in the same order; the page is one self-contained HTML file.
using ClusterStats;

var output = Path.GetFullPath(args.Length > 0 ? args[0] : "your-own-data.html");
// The notebook's relative paths are relative to the notebooks folder, one up from this script.
var notebooks = Path.GetFullPath(Path.Combine((string)AppContext.GetData("EntryPointFileDirectoryPath")!, ".."));
Directory.SetCurrentDirectory(notebooks);
var page = new AnalysisPage("Your own cluster: your files beside the reference data");
page.Markdown("""
Most clusters people study are not in the reference dataset. This notebook starts from what a county statistics
office sends about such a cluster — here **Example Town (示例镇), an illustrative cluster with invented figures**, not
a real place or source — and ends with a report that compares it with the reference sock clusters under its own
names. The office's files:

- `data/example-town-figures-gb18030.csv`: its figures, saved by a Chinese spreadsheet as GB18030, with the mistakes
  such files have: a misspelt unit, a scale word in the unit column, a year written with 年;
- `data/example-town-figures.xlsx`: two more figures (knitting machines, export share) in the office's Excel workbook,
  on a sheet with a Chinese name behind a first sheet of notes;
- `data/example-town-regions.csv`: the cluster's region, in the schema of the reference regions (data/README.md),
  with its Chinese name and product focus.

Every mistake is found with file, line, column, the text found and what was expected; nothing is guessed silently.
""");

page.Markdown("""
## Read as UTF-8, the file says how to read it

UTF-8 is the default. GB18030 bytes are not UTF-8, and the error names the option that reads them:
""");

var figuresPath = "data/example-town-figures-gb18030.csv";
var regionsPath = "data/example-town-regions.csv";
page.Text(FigureCsv.Validate(figuresPath).First().ToString());

page.Markdown("""
## Detect the encoding, then every problem at once

`CsvEncoding.Auto` takes a byte order mark, then UTF-8 when the bytes are valid UTF-8, then GB18030 when they are
valid GB18030, and says what it chose. `Validate` collects every problem of the file:
""");

var chosen = new List<string>();
var auto = new CsvReadOptions
{
    Encoding = CsvEncoding.Auto,
    EncodingChosen = (file, encoding) => chosen.Add($"{file}: read as {encoding}"),
};
var problems = FigureCsv.Validate(figuresPath, auto);
page.Text(string.Join("\n", chosen.Concat(problems.Select(p => p.ToString()))));

page.Markdown("""
## Fix the mistakes the messages name

- `paris` is not a unit: the nearest known one is `pairs`. Units are a closed vocabulary (codes and aliases such as
  `双`, `家`, `人`, `元`, `RMB`), so a misspelling never becomes a new unit; units of your own are declared
  (`UnitVocabulary.Declare`, or a units file given as `CsvReadOptions.Units`).
- `亿元` carries a scale: the value holds the whole number (`4500000000`) and the unit is `元` (CNY).
- `2023年` is not a year: `2023`.

The office's words `家` and `人` are aliases of `firms` and `persons`, so those rows were right as sent; the text
written is kept in `original_unit`.
""");

System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
var gb18030 = System.Text.Encoding.GetEncoding("GB18030");
var fixedText = gb18030.GetString(File.ReadAllBytes(figuresPath))
    .Replace(",paris,", ",pairs,", StringComparison.Ordinal)
    .Replace(",45,亿元,", ",4500000000,元,", StringComparison.Ordinal)
    .Replace(",2023年,", ",2023,", StringComparison.Ordinal);
var fixedPath = Path.Combine(Path.GetTempPath(), $"example-town-figures-fixed-{Guid.NewGuid():N}.csv");
File.WriteAllBytes(fixedPath, gb18030.GetBytes(fixedText));
var mine = FigureCsv.Read(fixedPath, auto);
File.Delete(fixedPath);
page.Add(mine);

page.Markdown("""
## The office's workbook: name its sheet

The workbook's first sheet, `说明`, holds a note; the figures are on the sheet `袜业统计`, in the columns of the figure
schema. Read without a sheet name, the first sheet is read, and the error names the sheets the workbook has:
""");

var workbookPath = "data/example-town-figures.xlsx";
page.Text(FigureCsv.Validate(workbookPath).First().ToString());

page.Markdown("""
`CsvReadOptions.Sheet` names the sheet (compared as a spreadsheet does, ignoring case; Chinese names as written). A
number cell is read as the shortest decimal that gives back the number stored, a date cell as an ISO date, never as
the cell's displayed format:
""");

var workbook = FigureCsv.Read(workbookPath, auto with { Sheet = "袜业统计" });
page.Add(workbook);

page.Markdown("""
## The cluster's region: its names and product focus

The regions file has the schema of the reference regions, with `currency`, `latitude` and `longitude` optional.
A region whose id the reference has would replace it; `example-town` is new.
""");

var regions = RegionCsv.Read(regionsPath, auto);
page.Text(string.Join("\n", regions));

page.Markdown("""
## Beside the reference data

`WithRegions` merges your regions over the reference's, `WithFigures` adds your figures, from both files, to the
reference figures (a figure equal to a reference figure is the same figure; any other is one more source). The peers
are the clusters of the same product focus across both: `socks (nylon)` meets every sock cluster of the reference.
The report's figures of the cluster are those of the CSV file and of the workbook. Money is shown in yuan; a year
without an annual exchange rate uses the nearest year's, and the report says so.
""");

var data = ReferenceData.Load().WithRegions(regions).WithFigures(mine).WithFigures(workbook);
var report = ClusterReport.Create(data, "example-town", new ReportOptions { RatePolicy = MissingRatePolicy.NearestYear });
page.Text(report.Title);
page.Add(report.Figures);
page.Add(report.Comparison);

page.Markdown("""
## The report

The same report as the command line writes (`index.html`, charts, and the CSV files of every table):

```sh
clusterstats report example-town --data example-town-figures-fixed.csv --data data/example-town-figures.xlsx \
    --sheet 袜业统计 --regions data/example-town-regions.csv --encoding auto --out example-town-report
```

(`example-town-figures-fixed.csv` is the fixed file of the step above; `--sheet` names the workbook's sheet, and a
CSV file has none.)
""");

var reportFolder = Path.Combine(Path.GetTempPath(), $"example-town-report-{Guid.NewGuid():N}");
page.Text(string.Join("\n", report.WriteTo(reportFolder).Select(Path.GetFileName)));
Directory.Delete(reportFolder, recursive: true);

Console.WriteLine(page.Save(output));
