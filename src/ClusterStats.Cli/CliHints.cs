using System.CommandLine;

namespace ClusterStats.Cli;

/// <summary>
/// The command line's own hints for library messages. The library names its API options (FigureParseOptions.YenSign,
/// CsvReadOptions.Encoding, ...) and never a flag; a message that names one gets the flag that sets it on the command
/// line, but only when the running command has that flag.
/// </summary>
internal static class CliHints
{
    private static readonly (string ApiName, string Flag, string Hint)[] Table =
    [
        ("FigureParseOptions.YenSign", "--yen", "--yen cny|jpy"),
        ("CsvReadOptions.Encoding", "--encoding", "--encoding gb18030"),
        ("CsvReadOptions.Sheet", "--sheet", "--sheet NAME"),
        ("CsvReadOptions.Units", "--units", "--units FILE"),
        ("IndexColumns.Value", "--value-column", "--value-column NAME"),
        ("ReferenceDataset.WithRegions", "--regions", "--regions FILE"),
        ("ComparisonOptions.Peers", "--peers", "--peers A,B"),
        ("MissingCellPolicy.Zero", "--missing", "--missing zero"),
        ("ZeroTotalPolicy.", "--zero-totals", "--zero-totals nan|zero"),
        ("ZeroBaseCellPolicy.AlgebraicForm", "--zero-base", "--zero-base algebraic"),
        ("ComparisonOptions.Year", "--year", "--year YEAR"),
        ("ChartFontResolver", "--font", "--font PATH"),
        ("IslandPolicy.Keep", "--islands", "--islands keep"),
        ("UnmatchedPolicy.Drop", "--unmatched", "--unmatched drop"),
    ];

    /// <summary>The message with the command-line hint of each API option it names and the command accepts.</summary>
    public static string Add(string message, Command? command)
    {
        if (command is null) return message;
        var hints = Table
            .Where(h => message.Contains(h.ApiName, StringComparison.Ordinal) && Accepts(command, h.Flag))
            .Select(h => h.Hint)
            .ToList();
        return hints.Count == 0 ? message : $"{message} (on the command line: {string.Join(", ", hints)})";
    }

    private static bool Accepts(Command command, string flag) =>
        command.Options.Any(o => o.Name == flag || o.Aliases.Contains(flag));
}
