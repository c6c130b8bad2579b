using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using ClusterStats.Cli;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Cli;

/// <summary>
/// The README's "Command line" table, the command tree and every command's help agree: each option and argument of
/// each command is a row of the table naming that command, each (name, verb) of the table exists in the tree and
/// shows in the command's help, and no command uses another name for a concept of the table.
/// </summary>
public partial class CliReadmeTableTests
{
    /// <summary>The (name, verb) pairs of the table: names as the parser knows them (<c>--data</c>, or <c>cluster</c> for CLUSTER).</summary>
    internal static IReadOnlyList<(string Name, string Verb)> Table(string readme)
    {
        int start = readme.IndexOf("\n## Command line\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the README has a section 'Command line'");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var pairs = new List<(string, string)>();
        foreach (var line in readme[start..end].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.That(cells, Has.Length.EqualTo(4), line);
            var names = Backticked().Matches(cells[0]).Select(m => m.Groups[1].Value.Split(' ')[0])
                .Select(n => n.StartsWith("--", StringComparison.Ordinal) ? n : n.ToLowerInvariant()).ToList();
            Assert.That(names, Is.Not.Empty, line);
            foreach (var verb in Verbs(cells[3]))
            {
                foreach (var name in names) pairs.Add((name, verb));
            }
        }
        return pairs;
    }

    /// <summary>"compare, plot compare/bubbles (required); figures" → compare, plot compare, plot bubbles, figures.</summary>
    internal static IEnumerable<string> Verbs(string cell)
    {
        foreach (var item in Parenthesised().Replace(cell, "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var last in words[^1].Split('/')) yield return string.Join(' ', [.. words[..^1], last]);
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    private static IReadOnlyList<(string Name, string Verb)> ReadmeTable => Table(File.ReadAllText(Repo.Path("README.md")));

    /// <summary>Every command that runs, by its path below the root ("plot lq").</summary>
    private static IEnumerable<(string Verb, Command Command)> Commands(Command command, string prefix = "")
    {
        foreach (var sub in command.Subcommands)
        {
            var verb = (prefix + " " + sub.Name).Trim();
            if (sub.Action is not null) yield return (verb, sub);
            foreach (var deeper in Commands(sub, verb)) yield return deeper;
        }
    }

    private static IEnumerable<string> NamesOf(Command command) =>
        command.Options.Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption).Select(o => o.Name)
            .Concat(command.Arguments.Select(a => a.Name));

    private static IEnumerable<(string Name, string Verb)> Tree() =>
        Commands(CliApp.BuildRoot()).SelectMany(c => NamesOf(c.Command).Select(n => (n, c.Verb)));

    [Test]
    public void The_table_parses_its_verbs_shorthand()
    {
        Assert.That(Verbs("compare, plot compare/bubbles (required); figures"), Is.EqualTo(new[] { "compare", "plot compare", "plot bubbles", "figures" }));
        var table = Table("x\n## Command line\n| `--a X`, `--b` | m | v | p q/r, s |\n| `CLUSTER` (positional) | m | v | s |\n## Next\n| `--c` | m | v | s |\n");
        Assert.That(table, Is.EquivalentTo(new[] { ("--a", "p q"), ("--b", "p q"), ("--a", "p r"), ("--b", "p r"), ("--a", "s"), ("--b", "s"), ("cluster", "s") }));
    }

    [Test]
    public void Every_option_and_argument_of_every_command_is_in_the_table_with_that_verb()
    {
        var table = ReadmeTable.ToHashSet();
        var missing = Tree().Where(p => !table.Contains(p)).Select(p => $"{p.Name} on '{p.Verb}'").ToList();
        Assert.That(missing, Is.Empty, "options of the command tree that the README's Command line table does not list for that verb");
    }

    [Test]
    public void Every_name_and_verb_of_the_table_is_in_the_command_tree()
    {
        var tree = Tree().ToHashSet();
        var extra = ReadmeTable.Where(p => !tree.Contains(p)).Select(p => $"{p.Name} on '{p.Verb}'").ToList();
        Assert.That(extra, Is.Empty, "rows of the README's Command line table that no command has");
    }

    [Test]
    public void Help_of_every_command_shows_each_of_its_names()
    {
        foreach (var (verb, command) in Commands(CliApp.BuildRoot()))
        {
            using var stdout = new StringWriter(CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(CultureInfo.InvariantCulture);
            Assert.That(CliApp.Run([.. verb.Split(' '), "--help"], stdout, stderr), Is.EqualTo(CliApp.Ok), verb);
            foreach (var name in NamesOf(command))
            {
                Assert.That(stdout.ToString(), Does.Contain(name.StartsWith("--", StringComparison.Ordinal) ? name + " " : "<" + name + ">"), $"{verb} --help shows {name}");
            }
        }
    }

    [Test]
    public void No_command_uses_another_name_for_a_concept_of_the_table()
    {
        string[] synonyms = ["--cluster", "--id", "--value", "--file", "--files", "--output", "--output-dir", "--dir", "--in", "--csv", "--path", "--figures", "--name", "--policy", "--currency-code", "--chart-title", "--type"];
        var tree = Tree().ToList();
        Assert.That(tree.Where(p => synonyms.Contains(p.Name)).Select(p => $"{p.Name} on '{p.Verb}'"), Is.Empty);
        // Positional arguments are the cluster and parse's text only: a file is always an option (--data, --input).
        Assert.That(tree.Where(p => !p.Name.StartsWith("--", StringComparison.Ordinal) && p.Name is not "cluster" and not "text").Select(p => $"<{p.Name}> on '{p.Verb}'"), Is.Empty);
        Assert.That(tree.Where(p => p.Name == "text").Select(p => p.Verb), Is.EqualTo(new[] { "parse" }));
    }

    [Test]
    public void An_option_has_one_type_on_every_command()
    {
        var types = Commands(CliApp.BuildRoot())
            .SelectMany(c => c.Command.Options.Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption))
            .Where(o => o.Name != "--method") // one method vocabulary per index, as the table says
            .GroupBy(o => o.Name)
            .Where(g => g.Select(o => Nullable.GetUnderlyingType(o.ValueType) ?? o.ValueType).Distinct().Count() > 1)
            .Select(g => g.Key).ToList();
        Assert.That(types, Is.Empty, "options whose value type differs between commands");
    }
}
