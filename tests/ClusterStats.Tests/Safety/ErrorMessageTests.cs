using System.Text.RegularExpressions;
using ClusterStats.Tests.Evidence;
using ClusterStats.Tests.Indices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ClusterStats.Tests.Safety;

/// <summary>
/// The library's messages name its API options, never a command-line flag (a flag is wrong for every other caller,
/// and for a CLI verb that lacks it); the CLI adds the flag of the running command as its own hint.
/// </summary>
public partial class ErrorMessageTests : TempFolderTest
{
    [GeneratedRegex("--[a-z]")]
    private static partial Regex Flag();

    [Test]
    public void No_string_literal_of_the_library_names_a_command_line_flag()
    {
        var found = new List<string>();
        var files = Directory.EnumerateFiles(Repo.Path("src", "ClusterStats"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(50), "the library's sources were found");
        foreach (var file in files)
        {
            var tree = CSharpSyntaxTree.ParseText(System.IO.File.ReadAllText(file), path: file);
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (!IsStringText(token) || !Flag().IsMatch(token.ValueText)) continue;
                found.Add($"{Path.GetRelativePath(Repo.Root, file)}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {token.ValueText}");
            }
        }
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void The_policy_check_sees_flags_in_every_kind_of_string_literal()
    {
        const string code = "class C { string a = \"--yen\"; string b = $\"x {1} --encoding\"; string c = @\"--font\"; string d = \"\"\"--pin\"\"\"; string e = \"a-b -- c\"; }";
        var hits = CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens()
            .Where(t => IsStringText(t) && Flag().IsMatch(t.ValueText)).Count();
        Assert.That(hits, Is.EqualTo(4));
    }

    private static bool IsStringText(SyntaxToken token) =>
        token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
        || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.CharacterLiteralToken);

    [Test]
    public void Validate_adds_the_encoding_flag_to_the_library_message()
    {
        var (code, output, _) = CliRunner.Run(["validate", "--data", Repo.Path("tests", "data", "good-gb18030.csv")]);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain("CsvReadOptions.Encoding = CsvEncoding.GB18030").And.Contain("(on the command line: --encoding gb18030)"));
    }

    [Test]
    public void Compare_which_reads_figure_files_gets_the_encoding_hint_too()
    {
        var (code, _, error) = CliRunner.Run(["compare", "xiaobeihe", "--data", Repo.Path("tests", "data", "good-gb18030.csv")]);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("CsvReadOptions.Encoding").And.Contain("(on the command line: --encoding gb18030)"));
    }

    [Test]
    public void Index_policies_get_their_flags()
    {
        var missing = File("miss.csv", "region,industry,value\nR1,I1,1\nR1,I2,2\nR2,I1,3\n");
        var m = CliRunner.Run(["index", "hhi", "--input", missing]);
        Assert.That(m.Code, Is.EqualTo(1));
        Assert.That(m.Err, Does.Contain("MissingCellPolicy.Zero").And.Contain("--missing zero"));
        var zero = File("zero.csv", "region,industry,value\nR1,I1,10\nR1,I2,30\nR0,I1,0\nR0,I2,0\n");
        var z = CliRunner.Run(["index", "lq", "--input", zero, "--zero-totals", "error"]);
        Assert.That(z.Code, Is.EqualTo(1));
        Assert.That(z.Err, Does.Contain("ZeroTotalPolicy.Zero").And.Contain("--zero-totals nan|zero"));
    }

    [Test]
    public void A_message_naming_no_api_option_is_left_as_it_is()
    {
        var root = ClusterStats.Cli.CliApp.BuildRoot();
        var validate = root.Subcommands.Single(c => c.Name == "validate");
        Assert.That(ClusterStats.Cli.CliHints.Add("plain message", validate), Is.EqualTo("plain message"));
        Assert.That(ClusterStats.Cli.CliHints.Add("use FigureParseOptions.YenSign", validate), Is.EqualTo("use FigureParseOptions.YenSign"), "validate has no --yen");
    }
}
