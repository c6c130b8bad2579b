using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary>
/// <c>clusterstats parse "TEXT"</c>: reads one figure as a source writes it and prints it as CSV
/// (<c>value,unit,qualifier,target,value_high</c>; value_high is the high bound of a range and empty otherwise). Exit 1 with input, position and expectation on stderr when TEXT is not a figure.
/// </summary>
internal static class ParseCommand
{
    public const string Header = "value,unit,qualifier,target,value_high";

    public static Command Create()
    {
        var text = new Argument<string>("text")
        {
            Description = "The figure as the source writes it, for example \"22億足\", \"约3.5亿元\", \"more than 20,000 workers\" or \"¥2.7 billion\".",
        };
        var yen = CliOptions.OptionalEnum("--yen", "How to read ¥ when no 元/円 word follows. Without it such a figure is an error, because ¥ is written for both.", YenSign.Cny, YenSign.Jpy);
        var unit = new Option<string?>("--unit")
        {
            Description = "The unit of a number written without a unit word: a known unit code or alias (pairs, firms, persons, CNY, ...), or one of --units.",
            HelpName = "unit",
        };
        var command = new Command("parse", "Read one figure (Chinese, Japanese, Korean or English) and print value,unit,qualifier,target,value_high as CSV.");
        command.Arguments.Add(text);
        command.Options.Add(yen);
        command.Options.Add(unit);
        var read = ReadArguments.AddTo(command, units: true);
        command.SetAction(parseResult =>
        {
            var units = read.Units(parseResult);
            var options = new FigureParseOptions
            {
                YenSign = parseResult.GetValue(yen) ?? YenSign.Error,
                DefaultUnit = parseResult.GetValue(unit) is { } code ? CliUsage.Unit(units, code) : null,
            };
            var figure = QualifiedQuantity.Parse(parseResult.GetValue(text)!, options);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(Header);
            output.WriteLine(ToCsvLine(figure));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>One CSV line: plain invariant value (the low bound of a range), unit code, qualifier code, target flag, high bound or nothing.</summary>
    public static string ToCsvLine(QualifiedQuantity figure) =>
        string.Join(',', Plain(figure.Value), figure.Unit.Code, figure.Qualifier.ToCode(), figure.IsTarget ? "true" : "false",
            figure.ValueHigh is decimal high ? Plain(high) : "");

    private static string Plain(decimal value) => value.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);
}
