using System.Globalization;

namespace ClusterStats.Cli;

/// <summary>A command line that the arguments alone decide is wrong (exit 2): the message says what was given and what is expected.</summary>
internal sealed class CliUsageException(string message) : ClusterStatsException(message);

/// <summary>The usage errors found after parsing, one throw helper per case so each message lives in one place.</summary>
internal static class CliUsage
{
    public static Exception Fail(string message) => throw new CliUsageException(message);

    public static void Exclusive(string a, string b, string why) => Fail($"{a} and {b} exclude each other: {why}.");

    public static void UnknownIndicator(string name, IEnumerable<string> known) =>
        Fail(CliOptions.Unknown("an indicator", "--indicator", name, known));

    public static void UnknownMetric(string name, IEnumerable<string> known) =>
        Fail(CliOptions.Unknown("a metric", "--metric", name, known));

    public static void FormatNotWritten(string verb, string path, OutputFormat format, IEnumerable<OutputFormat> allowed) =>
        Fail($"--out {path}: its extension says {CliOptions.NameOf(format)}, which {verb} does not write; give --format {string.Join('|', allowed.Select(CliOptions.NameOf))}.");

    /// <summary>The unit a --unit value names in <paramref name="units"/>; any other word is a usage error with the nearest known one.</summary>
    public static Unit Unit(UnitVocabulary units, string text)
    {
        try
        {
            return units.Parse(text);
        }
        catch (UnknownUnitException ex)
        {
            throw new CliUsageException("--unit: " + ex.Message);
        }
    }

    public static void NoChoice(string option, string file, IEnumerable<int> years) =>
        Fail($"{file} holds the years {string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))}: choose one with {option}.");
}
