using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using ClusterStats.Cli;

namespace ClusterStats.Tests;

/// <summary>Help is complete: the root and every verb (and sub-verb) describe themselves, their arguments and options.</summary>
public class HelpTests
{
    // Every command path below the root, found from the command tree itself so that a new verb is covered at once.
    private static IEnumerable<string[]> CommandPaths()
    {
        yield return [];
        foreach (var path in Below(CliApp.BuildRoot(), [])) yield return path;

        static IEnumerable<string[]> Below(Command command, string[] prefix)
        {
            foreach (var sub in command.Subcommands)
            {
                string[] path = [.. prefix, sub.Name];
                yield return path;
                foreach (var deeper in Below(sub, path)) yield return deeper;
            }
        }
    }

    [TestCaseSource(nameof(CommandPaths))]
    public void Help_describes_the_command_its_arguments_and_options(string[] path)
    {
        Command command = CliApp.BuildRoot();
        foreach (var name in path) command = command.Subcommands.Single(c => c.Name == name);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run([.. path, "--help"], stdout, stderr);
        Assert.That(code, Is.EqualTo(CliApp.Ok), stderr.ToString());
        var help = Flat(stdout.ToString());

        Assert.That(command.Description, Is.Not.Null.And.Not.Empty, "the command has a description");
        Assert.That(help, Does.Contain("Description: " + Flat(command.Description!)));
        // The usage line spells the whole command from the tool's name, e.g. "Usage: clusterstats plot compare <id> [options]".
        Assert.That(help, Does.Contain("Usage: " + string.Join(' ', ["clusterstats", .. path]) + " "));
        foreach (var argument in command.Arguments)
        {
            Assert.That(argument.Description, Is.Not.Null.And.Not.Empty, $"argument <{argument.Name}>");
            Assert.That(help, Does.Contain(Flat(argument.Description!)), $"argument <{argument.Name}>");
        }
        foreach (var option in command.Options)
        {
            Assert.That(option.Description, Is.Not.Null.And.Not.Empty, option.Name);
            Assert.That(help, Does.Contain(option.Name).And.Contain(Flat(option.Description!)), option.Name);
        }
        foreach (var sub in command.Subcommands) Assert.That(help, Does.Contain(sub.Name + " "), $"lists {sub.Name}");
        // Enum values and defaults are shown by their command-line names (nearest-year), never their C# names (NearestYear).
        Assert.That(help, Does.Not.Match(@"\[default: [A-Z]"));
    }

    [Test]
    public void Every_verb_is_covered()
    {
        var verbs = CommandPaths().Where(p => p.Length == 1).Select(p => p[0]).ToList();
        Assert.That(verbs, Is.SupersetOf(new[] { "parse", "figures", "conflicts", "validate", "plot", "extract", "compare", "index", "report" }));
    }

    // Help wraps long descriptions to the console width: compare with runs of white space made one space.
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
