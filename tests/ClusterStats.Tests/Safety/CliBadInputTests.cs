using System.CommandLine;
using ClusterStats.Cli;
using ClusterStats.Tests.Indices;

namespace ClusterStats.Tests.Safety;

/// <summary>
/// Walks every verb and subcommand of the command tree (found in the tree, not listed here) with inputs that must fail
/// cleanly: empty text values and out-of-range years (usage errors, exit 2), devices, endless inputs and folders in
/// place of input files (exit 1 or 2), each with a one-line message and never a stack trace.
/// </summary>
public class CliBadInputTests : TempFolderTest
{
    /// <summary>Every command that runs (has an action), with its path of names below the root.</summary>
    internal static IEnumerable<(string[] Path, Command Command)> Leaves(Command command, string[]? path = null)
    {
        path ??= [];
        if (command.Action is not null) yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var leaf in Leaves(sub, [.. path, sub.Name])) yield return leaf;
        }
    }

    private static IEnumerable<Option> OptionsOf(Command c) => c.Options.Where(o => o is not System.CommandLine.Help.HelpOption && o is not VersionOption);

    private static bool IsText(Type t) => t == typeof(string) || t == typeof(string[]);

    private static bool IsYear(Option o) => o.Name is "--year" or "--base" or "--end" && (o.ValueType == typeof(int) || o.ValueType == typeof(int?));

    // An input file, as the option's own description says ("CSV file", "font file", "text file").
    private static bool IsInputPath(Symbol s) => s.Name != "--out" && s.Name != "--title" && s.Description is { } d &&
        (d.Contains("CSV", StringComparison.Ordinal) || d.Contains(" file", StringComparison.Ordinal) || d.Contains("A file", StringComparison.Ordinal));

    private string ValidInput(Command c) => OptionsOf(c).Any(o => o.Name == "--base")
        ? File("years.csv", "region,industry,year,value\nA,x,2001,1\nA,y,2001,2\nB,x,2001,3\nB,y,2001,4\nA,x,2002,2\nA,y,2002,2\nB,x,2002,3\nB,y,2002,5\n")
        : File("cells.csv", "region,industry,value\nA,x,1\nA,y,2\nB,x,3\nB,y,4\n");

    // The arguments a leaf needs to get past parsing, with one symbol replaced by a bad value.
    private List<string> Invocation(string[] path, Command c, Symbol bad, string badValue)
    {
        var args = new List<string>(path);
        foreach (var a in c.Arguments)
        {
            if (ReferenceEquals(a, bad)) { args.Add(badValue); continue; }
            var completion = a.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).FirstOrDefault()?.Label;
            args.Add(completion ?? (IsInputPath(a) ? ValidInput(c) : "xiaobeihe"));
        }
        foreach (var o in OptionsOf(c))
        {
            if (ReferenceEquals(o, bad)) { args.Add(o.Name); args.Add(badValue); continue; }
            if (!o.Required) continue;
            args.Add(o.Name);
            args.Add(IsYear(o) ? (o.Name == "--end" ? "2002" : "2001") : o.Name == "--out" ? Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..8] + ".png") : IsInputPath(o) ? ValidInput(c) : "1");
        }
        return args;
    }

    private static void AssertCleanFailure((int Code, string Out, string Err) r, int[] codes, IEnumerable<string> args)
    {
        var shown = string.Join(" ", args.Select(a => "'" + a + "'"));
        Assert.That(codes, Does.Contain(r.Code), $"exit code of {shown}; stderr: {r.Err}");
        Assert.That(r.Err, Does.StartWith("clusterstats"), $"a message for {shown}");
        Assert.That(r.Err, Does.Not.Contain("   at ").And.Not.Contain("unexpected error").And.Not.Contain("Exception:"), $"no stack trace for {shown}");
    }

    private static IEnumerable<(string[] Path, Command Command)> All => Leaves(CliApp.BuildRoot());

    [Test]
    public void The_walk_finds_every_verb_and_plot_subcommand()
    {
        var names = All.Select(l => string.Join(" ", l.Path)).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "parse", "figures", "conflicts", "validate", "extract", "compare", "index lq", "index shift-share", "index gini", "report", "plot lq", "plot shift-share", "plot lorenz", "plot compare" }));
        Assert.That(names, Does.Not.Contain("plot").And.Not.Contain("index"), "plot and index alone have no action");
    }

    [Test]
    public void An_empty_text_value_anywhere_is_a_usage_error_naming_it([Values("", " ", "\t")] string empty)
    {
        int checkedSymbols = 0;
        foreach (var (path, c) in All)
        {
            foreach (var symbol in c.Arguments.Cast<Symbol>().Concat(OptionsOf(c)).Where(s => s is Argument { ValueType: var t } && IsText(t) || s is Option { ValueType: var u } && IsText(u)))
            {
                var args = Invocation(path, c, symbol, empty);
                var r = CliRunner.Run([.. args]);
                AssertCleanFailure(r, [CliApp.UsageError], args);
                Assert.That(r.Err, Does.Contain(symbol is Option ? symbol.Name + " is empty" : "<" + symbol.Name + "> is empty"));
                checkedSymbols++;
            }
        }
        Assert.That(checkedSymbols, Is.GreaterThan(30));
    }

    [Test]
    public void A_year_outside_1000_to_9999_is_a_usage_error([Values("0", "-1", "999", "10000", "99999")] string year)
    {
        int checkedOptions = 0;
        foreach (var (path, c) in All)
        {
            foreach (var option in OptionsOf(c).Where(IsYear))
            {
                var args = Invocation(path, c, option, year);
                var r = CliRunner.Run([.. args]);
                AssertCleanFailure(r, [CliApp.UsageError], args);
                Assert.That(r.Err, Does.Contain(option.Name + " " + year + " is not a year"));
                checkedOptions++;
            }
        }
        Assert.That(checkedOptions, Is.GreaterThanOrEqualTo(8));
    }

    [Test]
    public void A_chart_size_outside_1_to_20000_pixels_is_a_usage_error([Values("0", "-5", "20001", "2147483647")] string size)
    {
        int checkedOptions = 0;
        foreach (var (path, c) in All)
        {
            foreach (var option in OptionsOf(c).Where(o => o.Name is "--width" or "--height"))
            {
                var args = Invocation(path, c, option, size);
                var r = CliRunner.Run([.. args]);
                AssertCleanFailure(r, [CliApp.UsageError], args);
                Assert.That(r.Err, Does.Contain(option.Name + " " + size + " is not a chart size"));
                checkedOptions++;
            }
        }
        Assert.That(checkedOptions, Is.GreaterThanOrEqualTo(12), "width and height of every plot subcommand");
    }

    [Test]
    public void A_device_an_endless_input_or_a_folder_in_place_of_an_input_file_fails_cleanly([Values("/dev/zero", "/dev/urandom", "FOLDER", "MISSING")] string input)
    {
        if (input == "FOLDER") input = Folder;
        if (input == "MISSING") input = Path.Combine(Folder, "no such file.csv");
        int checkedSymbols = 0;
        foreach (var (path, c) in All)
        {
            foreach (var symbol in c.Arguments.Cast<Symbol>().Concat(OptionsOf(c)).Where(IsInputPath))
            {
                var args = Invocation(path, c, symbol, input);
                var r = CliRunner.Run([.. args]);
                AssertCleanFailure(r, [CliApp.InvalidInput, CliApp.UsageError], args);
                checkedSymbols++;
            }
        }
        Assert.That(checkedSymbols, Is.GreaterThan(15));
    }

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void Validate_and_extract_of_an_endless_device_stop_at_once_and_name_it(string device)
    {
        foreach (var verb in new[] { "validate", "extract" })
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var r = CliRunner.Run(verb, verb == "validate" ? "--data" : "--input", device);
            Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput), r.Err);
            Assert.That(r.Err, Does.Contain(device).And.Contain("expected a regular file"));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        }
    }

    [Test]
    public void Control_characters_in_arguments_and_files_are_shown_escaped_in_messages()
    {
        var r = CliRunner.Run("parse", "\u001b[2J\u001b]0;owned\u0007 22");
        Assert.That(r.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(r.Err, Does.Contain("\\u001b[2J\\u001b]0;owned\\u0007"));
        Assert.That(r.Err.Where(ch => char.IsControl(ch) && ch is not '\n' and not '\r'), Is.Empty);
        var unknown = CliRunner.Run("figures", "x\u009b31m\u202Eevil");
        Assert.That(unknown.Err, Does.Contain("x\\u009b31m\\u202eevil"));
        var file = File("ctl.csv", "cluster,indicator,value,unit,source_title,confidence\nxiaobeihe,pairs_per_year,1\u001b[31m,pairs,t,high\n");
        var v = CliRunner.Run("validate", "--data", file);
        Assert.That(v.Code, Is.EqualTo(CliApp.InvalidInput));
        Assert.That(v.Out + v.Err, Does.Contain("\\u001b[31m"));
        Assert.That((v.Out + v.Err).Contains('\u001b', StringComparison.Ordinal), Is.False);
    }

    [Test]
    public void Paths_with_control_characters_are_echoed_escaped_by_the_verbs_that_write_or_check_them()
    {
        var matrix = File("m.csv", "region,industry,value\nA,x,1\nA,y,2\nB,x,3\nB,y,4\n");
        var chart = Path.Combine(Folder, "a\u001b[31m.png");
        var (code, output, _) = CliRunner.Run("plot", "lq", "--input", matrix, "--out", chart);
        Assert.That(code, Is.Zero);
        Assert.That(output.Contains('\u001b', StringComparison.Ordinal), Is.False);
        Assert.That(output, Does.Contain("a\\u001b[31m.png"));
        var figures = File("f\u0007.csv", "cluster,indicator,value,unit,year,source_title,confidence\nxiaobeihe,pairs_per_year,2200000000,pairs,2024,t,low\n");
        (code, output, _) = CliRunner.Run("validate", "--data", figures);
        Assert.That(code, Is.Zero);
        Assert.That(output.Contains('\u0007', StringComparison.Ordinal), Is.False);
        Assert.That(output, Does.Contain("f\\u0007.csv: valid"));
        (code, output, _) = CliRunner.Run("report", "xiaobeihe", "--out", Path.Combine(Folder, "r\u001b]0;x\u0007"));
        Assert.That(code, Is.Zero);
        Assert.That(output.Replace("\n", "", StringComparison.Ordinal).Any(char.IsControl), Is.False);
        Assert.That(output, Does.Contain("r\\u001b]0;x\\u0007"));
    }
}
