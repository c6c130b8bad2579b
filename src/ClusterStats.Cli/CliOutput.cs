using System.CommandLine;
using System.Globalization;

namespace ClusterStats.Cli;

/// <summary>
/// <c>--out FILE</c> and <c>--format F</c> of a verb that writes text (a table, CSV, Markdown or HTML): stdout by
/// default; with <c>--out</c> the file is written atomically (never through a link) and its name reported on stdout.
/// The format is <c>--format</c>, else the extension of <c>--out</c>, else the verb's default.
/// </summary>
internal sealed class CliOutput
{
    private readonly string _verb;
    private readonly OutputFormat[] _allowed;
    private readonly OutputFormat _default;

    private CliOutput(string verb, OutputFormat[] allowed, OutputFormat @default, Option<string?> @out, Option<OutputFormat?>? format)
    {
        (_verb, _allowed, _default, Out, Format) = (verb, allowed, @default, @out, format);
    }

    public Option<string?> Out { get; }

    public Option<OutputFormat?>? Format { get; }

    /// <summary>Adds --out and --format (of <paramref name="allowed"/>, the first the default) to <paramref name="command"/>.</summary>
    public static CliOutput AddTo(Command command, string formats, params OutputFormat[] allowed)
    {
        var @out = CliOptions.Out("The file to write (atomically; default: standard output). Its extension chooses the format when --format is not given.");
        var format = CliOptions.OptionalEnum("--format", $"{formats} Default: the extension of --out, else {CliOptions.NameOf(allowed[0])}.", allowed);
        command.Options.Add(@out);
        command.Options.Add(format);
        return new CliOutput(command.Name, allowed, allowed[0], @out, format);
    }

    /// <summary>Adds only --out to a verb that writes one format (<paramref name="format"/>), so it has no --format.</summary>
    public static CliOutput AddOutTo(Command command, OutputFormat format)
    {
        var @out = CliOptions.Out($"The file to write (atomically; default: standard output), always {CliOptions.NameOf(format)}.");
        command.Options.Add(@out);
        return new CliOutput(command.Name, [format], format, @out, null);
    }

    /// <summary>The format asked for: --format, else the extension of --out when it names one, else the default.</summary>
    public OutputFormat Resolve(ParseResult parseResult)
    {
        if (Format is null) return _default;
        if (parseResult.GetValue(Format) is { } format) return format;
        if (parseResult.GetValue(Out) is not { } path || ByExtension(path) is not { } byExtension) return _default;
        if (!_allowed.Contains(byExtension)) CliUsage.FormatNotWritten(_verb, path, byExtension, _allowed);
        return byExtension;
    }

    /// <summary>The format an extension names, if any.</summary>
    public static OutputFormat? ByExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => OutputFormat.Csv,
        ".md" or ".markdown" => OutputFormat.Markdown,
        ".html" or ".htm" => OutputFormat.Html,
        ".xlsx" => OutputFormat.Xlsx,
        ".png" => OutputFormat.Png,
        ".svg" => OutputFormat.Svg,
        ".txt" => OutputFormat.Table,
        _ => null,
    };

    /// <summary>Writes <paramref name="text"/> to stdout, or to the --out file atomically and reports it.</summary>
    public void Write(ParseResult parseResult, string text)
    {
        if (parseResult.GetValue(Out) is not { } path)
        {
            parseResult.InvocationConfiguration.Output.Write(text);
            return;
        }
        OutputFile.WriteText(path, text);
        Wrote(parseResult, path, Resolve(parseResult));
    }

    /// <summary>Writes what <paramref name="write"/> produces to stdout, or to the --out file atomically.</summary>
    public void Write(ParseResult parseResult, Action<TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        Write(parseResult, text.ToString());
    }

    /// <summary>Reports a file written on stdout.</summary>
    public static void Wrote(ParseResult parseResult, string path, OutputFormat format) =>
        parseResult.InvocationConfiguration.Output.WriteLine($"wrote {DisplayText.Escape(path)} ({CliOptions.NameOf(format)})");
}
