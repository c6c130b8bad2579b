using System.CommandLine;

namespace ClusterStats.Cli;

/// <summary>
/// How every input file of a verb is read: <c>--encoding utf-8|gb18030|auto</c> (auto says on stderr what it chose),
/// <c>--sheet NAME</c> of an .xlsx input and, where figures or units are read, <c>--units FILE</c>.
/// </summary>
internal sealed class ReadArguments
{
    private readonly Option<TextEncoding> _encoding = CliOptions.Encoding();
    private readonly Option<string?> _sheet = new("--sheet") { Description = "The worksheet of an .xlsx input (default: the first sheet).", HelpName = "name" };
    private Option<string?>? _units;

    public static ReadArguments AddTo(Command command, bool units)
    {
        var a = new ReadArguments();
        command.Options.Add(a._encoding);
        command.Options.Add(a._sheet);
        if (units)
        {
            a._units = new Option<string?>("--units") { Description = "A units file (code,kind,aliases) declaring units of your own beside the built-in vocabulary.", HelpName = "file" };
            command.Options.Add(a._units);
        }
        return a;
    }

    /// <summary>The read options the arguments ask for; the units file, when given, is read with the same encoding.</summary>
    public CsvReadOptions Options(ParseResult parseResult)
    {
        var options = Decoding(parseResult, parseResult.GetValue(_encoding)) with { Sheet = parseResult.GetValue(_sheet) };
        return _units is not null && parseResult.GetValue(_units) is { } unitsFile ? options with { Units = UnitVocabulary.Read(unitsFile, options) } : options;
    }

    /// <summary>Read options of an --encoding value; with auto, the encoding chosen for each file is said on stderr.</summary>
    public static CsvReadOptions Decoding(ParseResult parseResult, TextEncoding encoding)
    {
        var error = parseResult.InvocationConfiguration.Error;
        return new CsvReadOptions
        {
            Encoding = CliOptions.ToCsv(encoding),
            EncodingChosen = encoding == TextEncoding.Auto
                ? (file, used) => error.WriteLine($"clusterstats: {DisplayText.Escape(file)}: read as {CliOptions.NameOf(CliOptions.FromCsv(used))} (--encoding auto)")
                : null,
        };
    }

    /// <summary>The unit vocabulary in use: the built-in one, with the --units file's units when given.</summary>
    public UnitVocabulary Units(ParseResult parseResult) => Options(parseResult).Units ?? UnitVocabulary.BuiltIn;
}
