using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace ClusterStats.Cli;

/// <summary>
/// The <c>clusterstats</c> command line. Every verb follows one convention: exit 0 on success, 1 when the input is not
/// valid (not a figure, validation errors, unknown id), 2 on a usage error (unknown verb or option, missing argument).
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;

    /// <summary>Builds the root command with every verb.</summary>
    public static Command BuildRoot()
    {
        // A plain command named like the installed tool, so help reads "clusterstats" rather than the assembly name.
        var root = new Command("clusterstats", "clusterstats: typed, cited figures for industrial clusters — parse figures, list and validate cited figures, compare clusters, compute regional indices, draw charts and write cited reports.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        foreach (var verb in Verbs.All()) root.Subcommands.Add(verb);
        CliValidation.AddTo(root);
        return root;
    }

    /// <summary>Runs the command line with the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(BuildRoot(), args, stdout, stderr);

    /// <summary>Runs the command line of <paramref name="root"/> (the tool's, or one with commands attached) with the given writers.</summary>
    internal static int Run(Command root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (ReferenceEquals(stdout, Console.Out)) Console.OutputEncoding = new UTF8Encoding(false);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Report(stderr, error.Message);
            stderr.WriteLine($"Run '{PathOf(parsed.CommandResult)} --help' for usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(config);
        }
        catch (CliUsageException ex)
        {
            Report(stderr, ex.Message, UsageError);
            stderr.WriteLine($"Run '{PathOf(parsed.CommandResult)} --help' for usage.");
            return UsageError;
        }
        catch (ClusterStatsException ex)
        {
            return Report(stderr, CliHints.Add(ex.Message, parsed.CommandResult.Command), InvalidInput);
        }
        catch (ArgumentException ex)
        {
            // The command line's own checks ran at parsing (exit 2); a library argument refused here comes from the data.
            return Report(stderr, ex.Message, InvalidInput);
        }
        catch (IOException ex)
        {
            return Report(stderr, ex.Message, InvalidInput);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Report(stderr, ex.Message, InvalidInput);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failure without its own message: still one line, never a stack trace.
            return Report(stderr, $"unexpected error ({ex.GetType().Name}): {ex.Message}", InvalidInput);
        }
    }

    /// <summary>The command's full name from the tool's, e.g. "clusterstats index lq".</summary>
    private static string PathOf(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? s = result; s is not null; s = s.Parent)
        {
            if (s is System.CommandLine.Parsing.CommandResult c) names.Add(c.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Writes a message to stderr, prefixed with the tool's name, control characters shown escaped.</summary>
    public static int Report(TextWriter stderr, string message, int code = InvalidInput)
    {
        stderr.WriteLine("clusterstats: " + DisplayText.Escape(message, keepLineBreaks: true));
        return code;
    }
}
