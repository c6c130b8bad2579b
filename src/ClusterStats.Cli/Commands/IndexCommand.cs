using System.CommandLine;
using ClusterStats.Indices;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats index NAME --input FILE [its options]</c>: one regional-economics index per subcommand, each with
/// only its own options; CSV on stdout or <c>--out</c> (invariant culture, round-trip precision).
/// </summary>
internal static class IndexCommand
{
    /// <summary>
    /// The subcommands, one factory per line, in the order help lists them. An index of its own file (the spatial
    /// ones, for example) adds its line here.
    /// </summary>
    private static readonly Func<Command>[] Subcommands =
    [
        IndexCommands.Lq,
        IndexCommands.Specialisation,
        IndexCommands.Krugman,
        IndexCommands.Hhi,
        IndexCommands.Entropy,
        IndexCommands.Hachman,
        IndexCommands.LocationalGini,
        IndexCommands.Gini,
        IndexCommands.Hoover,
        IndexCommands.TheilT,
        IndexCommands.TheilL,
        IndexCommands.Cv,
        IndexCommands.Atkinson,
        IndexCommands.ShiftShare,
        IndexCommands.EllisonGlaeser,
        IndexCommands.Strength,
        IndexCommands.Eci,
        IndexCommands.Pci,
        IndexCommands.Proximity,
        IndexCommands.Density,
    ];

    public static Command Create()
    {
        var index = new Command("index", "Compute a regional-economics index from a CSV file: one subcommand per index, each with its own options.");
        foreach (var create in Subcommands) index.Subcommands.Add(IndexCommands.WithOut(create()));
        foreach (var spatial in SpatialCommands.Create()) index.Subcommands.Add(spatial); // moran, geary, lisa, getis-ord: --out of their own
        return index;
    }
}

/// <summary>Missing cells of a matrix or panel.</summary>
internal enum MissingCells
{
    Error,
    Zero,
}

/// <summary>0/0 shares of an empty region or industry.</summary>
internal enum ZeroShares
{
    Nan,
    Zero,
    Error,
}

/// <summary>A region's zero base-year cell with a positive end value, in shift-share.</summary>
internal enum ZeroBase
{
    Error,
    Algebraic,
}

/// <summary>How ECI and PCI are computed.</summary>
internal enum ComplexityMethod
{
    Eigenvector,
    Reflections,
}

/// <summary>How PCI is standardised (eigenvector method).</summary>
internal enum PciScale
{
    GrowthLab,
    Own,
}

/// <summary>The factories of the <c>index</c> subcommands.</summary>
internal static class IndexCommands
{
    private const string MatrixHeader = "region,industry,value[,year]";
    private const string DistributionHeader = "region,value";

    public static Command Lq()
    {
        var (cmd, m, r) = WithReference("lq", "Location quotients LQ = (x_ri / x_r) / (x_i / x), one row per region and industry: region,industry,lq.");
        cmd.SetAction(p => Write(p, w => w.Cells(m.Matrix(p).LocationQuotient(r.Totals(p), m.ZeroTotals(p), m.Missing(p)), "lq")));
        return cmd;
    }

    public static Command Specialisation()
    {
        var (cmd, m, r) = WithReference("specialisation", "Specialisation: 1 where LQ >= the threshold, 0 below, NaN where undefined: region,industry,specialisation.");
        var threshold = Threshold(cmd);
        cmd.SetAction(p => Write(p, w => w.Cells(m.Matrix(p).Specialisation(p.GetValue(threshold) ?? 1.0, r.Totals(p), m.ZeroTotals(p), m.Missing(p)), "specialisation")));
        return cmd;
    }

    public static Command Krugman()
    {
        var (cmd, m, r) = WithReference("krugman", "Krugman dissimilarity index of each region's industry mix against the reference: region,krugman (region,krugman_coefficient with --coefficient).");
        var coefficient = Flag(cmd, "--coefficient", "The specialisation coefficient K/2 instead of K.");
        cmd.SetAction(p => Write(p, w =>
        {
            var matrix = m.Matrix(p);
            if (p.GetValue(coefficient)) w.Labels(matrix.SpecialisationCoefficient(r.Totals(p), m.ZeroTotals(p), m.Missing(p)), "krugman_coefficient");
            else w.Labels(matrix.Krugman(r.Totals(p), m.ZeroTotals(p), m.Missing(p)), "krugman");
        }));
        return cmd;
    }

    public static Command Hhi()
    {
        var cmd = new Command("hhi", $"Herfindahl-Hirschman index of each region's industry mix ({MatrixHeader}: region,hhi) or of one distribution ({DistributionHeader}: hhi).");
        var m = MatrixArguments.AddTo(cmd, $"{MatrixHeader} or {DistributionHeader}", zeroTotals: true);
        var normalised = Flag(cmd, "--normalised", "(H - 1/n)/(1 - 1/n): column hhi_normalised.");
        var equivalent = Flag(cmd, "--equivalent-number", "The equivalent number 1/H: column hhi_equivalent_number.");
        cmd.SetAction(p =>
        {
            bool n = p.GetValue(normalised), e = p.GetValue(equivalent);
            if (n && e) CliUsage.Exclusive("--normalised", "--equivalent-number", "one variant of the index at a time");
            var (variant, column) = n ? (HerfindahlVariant.Normalised, "hhi_normalised") : e ? (HerfindahlVariant.EquivalentNumber, "hhi_equivalent_number") : (HerfindahlVariant.Plain, "hhi");
            return Write(p, w =>
            {
                if (m.ReadMatrixOrValues(p) is { } matrix)
                {
                    w.Labels(matrix.Herfindahl(variant, m.ZeroTotals(p), m.Missing(p)), column);
                    return;
                }
                var h = RegionalIndices.Herfindahl(m.Values(p).Values);
                w.Single(column, variant switch { HerfindahlVariant.Normalised => h.Normalised, HerfindahlVariant.EquivalentNumber => h.EquivalentNumber, _ => h.Value });
            });
        });
        return cmd;
    }

    public static Command Entropy()
    {
        var cmd = new Command("entropy", $"Shannon entropy of each region's industry mix ({MatrixHeader}: region,entropy) or of one distribution ({DistributionHeader}: entropy).");
        var m = MatrixArguments.AddTo(cmd, $"{MatrixHeader} or {DistributionHeader}", zeroTotals: true);
        var logBase = new Option<double>("--log-base") { Description = "The logarithm base (default 2).", DefaultValueFactory = _ => 2.0, HelpName = "b" };
        cmd.Options.Add(logBase);
        cmd.SetAction(p => Write(p, w =>
        {
            if (m.ReadMatrixOrValues(p) is { } matrix) w.Labels(matrix.Entropy(p.GetValue(logBase), m.ZeroTotals(p), m.Missing(p)), "entropy");
            else w.Single("entropy", RegionalIndices.Entropy(m.Values(p).Values, p.GetValue(logBase)));
        }));
        return cmd;
    }

    public static Command Hachman()
    {
        var (cmd, m, r) = WithReference("hachman", "Hachman index of each region's industry mix against the reference: region,hachman.");
        cmd.SetAction(p => Write(p, w => w.Labels(m.Matrix(p).Hachman(r.Totals(p), m.ZeroTotals(p), m.Missing(p)), "hachman")));
        return cmd;
    }

    public static Command LocationalGini()
    {
        var cmd = new Command("locational-gini", "Locational Gini coefficient of each industry across regions: industry,locational_gini.");
        var m = MatrixArguments.AddTo(cmd, MatrixHeader, zeroTotals: true);
        cmd.SetAction(p => Write(p, w => w.Labels(m.Matrix(p).LocationalGini(m.ZeroTotals(p), m.Missing(p)), "locational_gini")));
        return cmd;
    }

    public static Command Gini()
    {
        var cmd = new Command("gini", "Gini coefficient of a value over regions, the weight column (when present) being class sizes: gini (gini_normalised with --normalised).");
        var d = DistributionArguments.AddTo(cmd, weights: "class sizes");
        var normalised = Flag(cmd, "--normalised", "G n/(n - 1), for unweighted data.");
        cmd.SetAction(p => Write(p, w =>
        {
            var v = d.Read(p);
            var gini = RegionalIndices.Gini(v.Values, v.Weights);
            if (!p.GetValue(normalised))
            {
                w.Single("gini", gini.Gini);
                return;
            }
            if (gini.Weighted) CliUsage.Fail("--normalised is defined for unweighted data only (drop the weight column or the option).");
            w.Single("gini_normalised", gini.Normalised);
        }));
        return cmd;
    }

    public static Command Hoover()
    {
        var cmd = new Command("hoover", "Hoover index of a value over regions against the weight column (the reference distribution; uniform without): hoover.");
        var d = DistributionArguments.AddTo(cmd, weights: "the reference distribution");
        cmd.SetAction(p => Write(p, w =>
        {
            var v = d.Read(p);
            w.Single("hoover", RegionalIndices.Hoover(v.Values, v.Weights));
        }));
        return cmd;
    }

    public static Command TheilT() => Distribution("theil-t", "Theil T index of a value over regions: theil_t.", "theil_t", RegionalIndices.TheilT);

    public static Command TheilL() => Distribution("theil-l", "Theil L index (mean log deviation) of a value over regions: theil_l.", "theil_l", RegionalIndices.TheilL);

    public static Command Cv()
    {
        var cmd = new Command("cv", "Coefficient of variation of a value over regions: cv.");
        var d = DistributionArguments.AddTo(cmd, weights: null);
        var population = Flag(cmd, "--population", "Population standard deviation (n) instead of sample (n - 1).");
        cmd.SetAction(p => Write(p, w => w.Single("cv",
            RegionalIndices.CoefficientOfVariation(d.Read(p).Values, p.GetValue(population) ? DeviationKind.Population : DeviationKind.Sample))));
        return cmd;
    }

    public static Command Atkinson()
    {
        var cmd = new Command("atkinson", "Atkinson index of a value over regions: atkinson.");
        var d = DistributionArguments.AddTo(cmd, weights: null);
        var epsilon = new Option<double>("--epsilon") { Description = "Inequality aversion e >= 0.", Required = true, HelpName = "e" };
        cmd.Options.Add(epsilon);
        cmd.SetAction(p => Write(p, w => w.Single("atkinson", RegionalIndices.Atkinson(d.Read(p).Values, p.GetValue(epsilon)))));
        return cmd;
    }

    public static Command ShiftShare()
    {
        var cmd = new Command("shift-share", "Shift-share decomposition of each region's change from --base to --end (region,industry,year,value): one row per region, one column per component.");
        var table = TableArguments.AddTo(cmd, "region,industry,year,value", industry: true, year: true);
        var baseYear = new Option<int>("--base") { Description = "The base year.", Required = true, HelpName = "yyyy" };
        var endYear = new Option<int>("--end") { Description = "The end year.", Required = true, HelpName = "yyyy" };
        var method = CliOptions.Enum("--method", "The decomposition.", ShiftShareMethod.Dunn);
        var nation = new Option<string?>("--nation") { Description = "A CSV file industry,year,value of the nation (default: the sum of the regions).", HelpName = "file" };
        var chain = new Option<bool>("--chain") { Description = "Chain every consecutive pair of years between --base and --end and add up (Gerfin: multiply): dynamic shift-share." };
        var zeroBase = CliOptions.Enum("--zero-base", "A region's zero base-year cell with a positive end value: an error, or the algebraic form e_i2 - e_i1 R_i.", ZeroBase.Error);
        var missing = Missing();
        foreach (var o in new Option[] { baseYear, endYear, method, nation, chain, zeroBase, missing }) cmd.Options.Add(o);
        cmd.SetAction(p => Write(p, w =>
        {
            var input = table.Table(p);
            if (!input.HasIndustry || !input.HasYear) IndexRunner.HeaderError(input, "the header region,industry,year,value for shift-share");
            var panel = input.ToPanel();
            var totals = p.GetValue(nation) is { } file ? ReferenceTotals.ByYearFromCsv(file, table.ReadOptions(p)) : null;
            var result = panel.ShiftShare(p.GetValue(baseYear), p.GetValue(endYear), p.GetValue(method), totals, p.GetValue(chain),
                p.GetValue(zeroBase) == ZeroBase.Algebraic ? ZeroBaseCellPolicy.AlgebraicForm : ZeroBaseCellPolicy.Error, ToPolicy(p.GetValue(missing)));
            w.Row(["region", .. result.ComponentNames]);
            foreach (var region in result.Regions) w.Row([region.Region, .. region.Components.Select(c => CsvOut.Number(c.Value))]);
        }));
        return cmd;
    }

    public static Command EllisonGlaeser()
    {
        var cmd = new Command("ellison-glaeser", "Ellison-Glaeser agglomeration index of each industry from firm records (firm,region,industry,employment): industry,gamma,g,h.");
        var input = CliOptions.Input("The table with the header firm,region,industry,employment (.csv or .xlsx).");
        var totals = new Option<string?>("--region-totals") { Description = "A CSV file region,employment with each region's total employment, each region once (default: the sum of the firm file).", HelpName = "file" };
        cmd.Options.Add(input);
        cmd.Options.Add(totals);
        var read = ReadArguments.AddTo(cmd, units: false);
        cmd.SetAction(p => Write(p, w =>
        {
            var options = read.Options(p);
            var regionTotals = p.GetValue(totals) is { } file ? IndexTable.Read(file, new IndexColumns { Value = "employment" }, options).ToValues() : null;
            IndexRunner.EllisonGlaeser(FirmRecords.Read(p.GetValue(input)!, options), regionTotals, w);
        }));
        return cmd;
    }

    public static Command Strength()
    {
        var cmd = new Command("strength", "Cluster strength by the cluster-mapping rule (region,industry,employment,establishments): region,industry,employment,establishments,lq,strong.");
        var input = CliOptions.Input("The table with the header region,industry,employment,establishments (.csv or .xlsx).");
        var missing = Missing();
        cmd.Options.Add(input);
        cmd.Options.Add(missing);
        var read = ReadArguments.AddTo(cmd, units: false);
        cmd.SetAction(p => Write(p, w =>
        {
            var (path, options) = (p.GetValue(input)!, read.Options(p));
            IndexRunner.Strength(IndexTable.Read(path, new IndexColumns { Value = "employment" }, options),
                IndexTable.Read(path, new IndexColumns { Value = "establishments" }, options), ToPolicy(p.GetValue(missing)), w);
        }));
        return cmd;
    }

    public static Command Eci() => Complexity("eci", "Economic complexity index of each region: region,eci.", pci: false);

    public static Command Pci() => Complexity("pci", "Product complexity index of each industry: industry,pci.", pci: true);

    public static Command Proximity()
    {
        var cmd = new Command("proximity", "Proximity of every pair of industries (co-specialisation across regions): industry_a,industry_b,proximity.");
        var m = MatrixArguments.AddTo(cmd, MatrixHeader, zeroTotals: false);
        var (threshold, binary) = Presence(cmd);
        cmd.SetAction(p => Write(p, w =>
        {
            var phi = m.Matrix(p).Proximity(Threshold(p, threshold, binary), p.GetValue(binary), m.Missing(p));
            w.Row("industry_a", "industry_b", "proximity");
            for (int a = 0; a < phi.Products.Count; a++)
            {
                for (int b = 0; b < phi.Products.Count; b++) w.Row(phi.Products[a], phi.Products[b], CsvOut.Number(phi[a, b]));
            }
        }));
        return cmd;
    }

    public static Command Density()
    {
        var cmd = new Command("density", "Density of each region around each industry (relatedness): region,industry,density.");
        var m = MatrixArguments.AddTo(cmd, MatrixHeader, zeroTotals: false);
        var (threshold, binary) = Presence(cmd);
        var convention = CliOptions.Enum("--density-convention", "include-self (Growth Lab) or exclude-self (EconGeo, Datawheel).", DensityConvention.IncludeSelf);
        cmd.Options.Add(convention);
        cmd.SetAction(p => Write(p, w => w.Cells(
            m.Matrix(p).Density(p.GetValue(convention), Threshold(p, threshold, binary), p.GetValue(binary), m.Missing(p)), "density")));
        return cmd;
    }

    private static Command Complexity(string name, string description, bool pci)
    {
        var cmd = new Command(name, description);
        var m = MatrixArguments.AddTo(cmd, MatrixHeader, zeroTotals: false);
        var (threshold, binary) = Presence(cmd);
        var method = CliOptions.Enum("--method", "eigenvector (the Growth Lab's closed form) or reflections (the method of reflections).", ComplexityMethod.Eigenvector);
        var iterations = new Option<int?>("--iterations") { Description = $"With --method reflections: the number of reflections N, 1 to {RegionalIndices.MaxReflections} (default 20).", HelpName = "n" };
        cmd.Options.Add(method);
        cmd.Options.Add(iterations);
        var scale = pci ? CliOptions.Enum("--pci-scale", "With the eigenvector method: growth-lab (standardised with ECI's mean and sd) or own (its own z-score).", PciScale.GrowthLab) : null;
        if (scale is not null) cmd.Options.Add(scale);
        cmd.SetAction(p =>
        {
            var reflections = p.GetValue(method) == ComplexityMethod.Reflections;
            var n = p.GetValue(iterations);
            if (n is not null && !reflections) CliUsage.Fail("--iterations applies to --method reflections.");
            if (n is < 1 or > RegionalIndices.MaxReflections) CliUsage.Fail($"--iterations is a whole number from 1 to {RegionalIndices.MaxReflections}, not {CliOptions.Invariant(n.Value)}.");
            if (scale is not null && p.GetResult(scale) is { Implicit: false } && reflections) CliUsage.Fail("--pci-scale applies to the eigenvector method.");
            var t = Threshold(p, threshold, binary);
            return Write(p, w =>
            {
                var matrix = m.Matrix(p);
                var result = reflections
                    ? matrix.ComplexityByReflections(n ?? 20, t, p.GetValue(binary), m.Missing(p))
                    : matrix.Complexity(t, p.GetValue(binary), scale is not null && p.GetValue(scale) == PciScale.Own ? PciStandardisation.OwnZScore : PciStandardisation.GrowthLab, m.Missing(p));
                w.Labels(pci ? result.Pci : result.Eci, name);
            });
        });
        return cmd;
    }

    private static Command Distribution(string name, string description, string column, Func<IReadOnlyList<double>, double> index)
    {
        var cmd = new Command(name, description);
        var d = DistributionArguments.AddTo(cmd, weights: null);
        cmd.SetAction(p => Write(p, w => w.Single(column, index(d.Read(p).Values))));
        return cmd;
    }

    /// <summary>A matrix index that may be taken against a reference economy (--nation, --nation-total).</summary>
    private static (Command Command, MatrixArguments Matrix, ReferenceArguments Reference) WithReference(string name, string description)
    {
        var cmd = new Command(name, description);
        var m = MatrixArguments.AddTo(cmd, MatrixHeader, zeroTotals: true);
        return (cmd, m, ReferenceArguments.AddTo(cmd, m.ReadOptions));
    }

    private static Option<bool> Flag(Command command, string name, string description)
    {
        var option = new Option<bool>(name) { Description = description };
        command.Options.Add(option);
        return option;
    }

    private static Option<double?> Threshold(Command command)
    {
        var option = new Option<double?>("--threshold") { Description = "M = 1 where LQ >= the threshold (default 1).", HelpName = "t" };
        command.Options.Add(option);
        return option;
    }

    /// <summary>--threshold and --binary: how the presence matrix M of the complexity indices is formed.</summary>
    private static (Option<double?> Threshold, Option<bool> Binary) Presence(Command command) =>
        (Threshold(command), Flag(command, "--binary", "Use the values as M (0 or 1) instead of thresholding the LQ."));

    private static double Threshold(ParseResult p, Option<double?> threshold, Option<bool> binary)
    {
        if (p.GetValue(binary) && p.GetValue(threshold) is not null) CliUsage.Exclusive("--binary", "--threshold", "M is either the values or the thresholded LQ");
        return p.GetValue(threshold) ?? 1.0;
    }

    public static Option<MissingCells> Missing() =>
        CliOptions.Enum("--missing", "Missing cells (no line, empty or NA): an error, or zero.", MissingCells.Error);

    public static MissingCellPolicy ToPolicy(MissingCells missing) => missing == MissingCells.Zero ? MissingCellPolicy.Zero : MissingCellPolicy.Error;

    /// <summary>Computes into CSV and writes it to stdout or --out.</summary>
    internal static int Write(ParseResult p, Action<CsvOut> write)
    {
        OutputOf(p.CommandResult.Command).Write(p, writer => write(new CsvOut(writer)));
        return CliApp.Ok;
    }

    // The --out option of each subcommand, added by IndexCommand.Create after the subcommand's own options.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Command, CliOutput> Outputs = new();

    private static CliOutput OutputOf(Command command) => Outputs.GetValue(command, c => CliOutput.AddOutTo(c, OutputFormat.Csv));

    /// <summary>Adds --out (CSV) to an index subcommand; every subcommand gets it as it joins <c>index</c>.</summary>
    internal static Command WithOut(Command command)
    {
        OutputOf(command);
        return command;
    }
}

/// <summary>
/// The input table of an index or chart: <c>--input FILE</c> (.csv or .xlsx), its column names
/// (<c>--region-column</c>, and as its shape needs <c>--industry-column</c>, <c>--year-column</c>,
/// <c>--value-column</c>) and how it is read (<c>--encoding</c>, <c>--sheet</c>).
/// </summary>
internal sealed class TableArguments
{
    private Option<string> _input = null!;
    private Option<string?> _region = null!;
    private Option<string?>? _industry;
    private Option<string?>? _year;
    private Option<string?> _value = null!;
    private ReadArguments _read = null!;

    /// <summary>The input file option.</summary>
    public Option<string> Input => _input;

    public static TableArguments AddTo(Command command, string header, bool industry, bool year)
    {
        var a = new TableArguments
        {
            _input = CliOptions.Input($"The table with the header {header} (.csv, or the first sheet of an .xlsx; other column names with the column options)."),
            _region = Column("--region-column", "region"),
            _industry = industry ? Column("--industry-column", "industry") : null,
            _year = year ? Column("--year-column", "year") : null,
            _value = CliOptions.ValueColumn(),
        };
        foreach (var o in new Option?[] { a._input, a._region, a._industry, a._year, a._value })
        {
            if (o is not null) command.Options.Add(o);
        }
        a._read = ReadArguments.AddTo(command, units: false);
        return a;
    }

    private static Option<string?> Column(string name, string defaultName) =>
        new(name) { Description = $"The name of the {defaultName} column of the input (default: {defaultName}).", HelpName = "name" };

    /// <summary>How the files of the command are read (--encoding, --sheet).</summary>
    public CsvReadOptions ReadOptions(ParseResult p) => _read.Options(p);

    /// <summary>The input table with the column names given.</summary>
    public IndexTable Table(ParseResult p)
    {
        var columns = new IndexColumns
        {
            Region = p.GetValue(_region) ?? IndexColumns.Default.Region,
            Industry = (_industry is null ? null : p.GetValue(_industry)) ?? IndexColumns.Default.Industry,
            Year = (_year is null ? null : p.GetValue(_year)) ?? IndexColumns.Default.Year,
            Value = p.GetValue(_value),
        };
        return IndexTable.Read(p.GetValue(_input)!, columns, _read.Options(p));
    }
}

/// <summary>The input of a matrix index: the table, --year, --missing and (where the index has 0/0 shares) --zero-totals.</summary>
internal sealed class MatrixArguments
{
    private TableArguments _table = null!;
    private Option<int?> _year = null!;
    private Option<MissingCells> _missing = null!;
    private Option<ZeroShares>? _zeroTotals;
    private IndexTable? _values;

    /// <summary>How the files of the command are read.</summary>
    public CsvReadOptions ReadOptions(ParseResult p) => _table.ReadOptions(p);

    public static MatrixArguments AddTo(Command command, string header, bool zeroTotals)
    {
        var a = new MatrixArguments { _table = TableArguments.AddTo(command, header, industry: true, year: true) };
        a._year = new Option<int?>("--year") { Description = "The year to use when the table has a year column with several years.", HelpName = "yyyy" };
        a._missing = IndexCommands.Missing();
        a._zeroTotals = zeroTotals ? CliOptions.Enum("--zero-totals", "0/0 shares (an empty region or industry): nan (REAT), zero (EconGeo) or an error.", ZeroShares.Nan) : null;
        foreach (var o in new Option?[] { a._year, a._missing, a._zeroTotals })
        {
            if (o is not null) command.Options.Add(o);
        }
        return a;
    }

    public MissingCellPolicy Missing(ParseResult p) => IndexCommands.ToPolicy(p.GetValue(_missing));

    public ZeroTotalPolicy ZeroTotals(ParseResult p) => _zeroTotals is null ? ZeroTotalPolicy.NaN : p.GetValue(_zeroTotals) switch
    {
        ZeroShares.Zero => ZeroTotalPolicy.Zero,
        ZeroShares.Error => ZeroTotalPolicy.Error,
        _ => ZeroTotalPolicy.NaN,
    };

    /// <summary>The region x industry matrix of the input; a table without an industry column is an input error.</summary>
    public RegionIndustryMatrix Matrix(ParseResult p)
    {
        var table = _table.Table(p);
        if (!table.HasIndustry) IndexRunner.HeaderError(table, $"a header with the column '{table.Columns.Industry}' for '{p.CommandResult.Command.Name}'");
        return IndexRunner.ReadMatrix(table, p.GetValue(_year));
    }

    /// <summary>
    /// The matrix of a table with an industry column, or null for one value per region (then <see cref="Values"/>
    /// reads it), where the matrix options --year, --missing and --zero-totals are a usage error.
    /// </summary>
    public RegionIndustryMatrix? ReadMatrixOrValues(ParseResult p)
    {
        var table = _table.Table(p);
        if (table.HasIndustry) return IndexRunner.ReadMatrix(table, p.GetValue(_year));
        foreach (var option in new Option?[] { _year, _missing, _zeroTotals })
        {
            if (option is not null && p.GetResult(option) is { Implicit: false }) CliUsage.Fail($"{option.Name} does not apply to a table of one value per region (distribution indices take complete values).");
        }
        _values = table;
        return null;
    }

    public RegionValues Values(ParseResult p) => IndexRunner.ReadValues(_values!, p.CommandResult.Command.Name, weights: null);
}

/// <summary>The input of a distribution index: a table of one value per region (and a weight column where the index takes one).</summary>
internal sealed class DistributionArguments
{
    private TableArguments _table = null!;
    private string? _weights;

    /// <summary>Adds the table options; <paramref name="weights"/> says what the weight column means, or is null when the index takes none.</summary>
    public static DistributionArguments AddTo(Command command, string? weights) => new()
    {
        _table = TableArguments.AddTo(command, weights is null ? "region,value (one row per region)" : $"region,value[,weight] (one row per region; weight = {weights})", industry: false, year: false),
        _weights = weights,
    };

    public RegionValues Read(ParseResult p)
    {
        var table = _table.Table(p);
        if (table.HasIndustry || table.HasYear)
        {
            IndexRunner.HeaderError(table, $"a header region,value{(_weights is null ? "" : "[,weight]")} for '{p.CommandResult.Command.Name}'");
        }
        return IndexRunner.ReadValues(table, p.CommandResult.Command.Name, _weights);
    }
}

/// <summary>--nation FILE (industry,value of the reference economy) and --nation-total X.</summary>
internal sealed class ReferenceArguments
{
    private readonly Option<string?> _nation = new("--nation") { Description = "A CSV file industry,value of the reference economy (default: the input's own totals).", HelpName = "file" };
    private readonly Option<double?> _total = new("--nation-total") { Description = "With --nation: the reference grand total (default: the sum of --nation).", HelpName = "x" };

    private Func<ParseResult, CsvReadOptions> _read = null!;

    /// <summary>Adds the options; the reference file is read as <paramref name="read"/> says (the command's --encoding and --sheet).</summary>
    public static ReferenceArguments AddTo(Command command, Func<ParseResult, CsvReadOptions> read)
    {
        var a = new ReferenceArguments { _read = read };
        command.Options.Add(a._nation);
        command.Options.Add(a._total);
        return a;
    }

    public ReferenceTotals? Totals(ParseResult p)
    {
        if (p.GetValue(_total) is not null && p.GetValue(_nation) is null) CliUsage.Fail("--nation-total needs --nation.");
        return p.GetValue(_nation) is { } file ? ReferenceTotals.FromCsv(file, p.GetValue(_total), _read(p)) : null;
    }
}
