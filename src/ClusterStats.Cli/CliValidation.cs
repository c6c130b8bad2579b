using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ClusterStats.Cli;

/// <summary>
/// Checks that hold for every verb, added to the whole command tree at once so no verb can miss them: a text value
/// (path, id, title, code) is never empty or only spaces, every year option (<c>--year</c>, <c>--base</c>,
/// <c>--end</c>) lies in 1000–9999, and a chart's <c>--width</c> and <c>--height</c> in 1–20000 pixels. A value that
/// fails is a usage error (exit 2) naming the option and the value.
/// </summary>
internal static class CliValidation
{
    public const int FirstYear = 1000;
    public const int LastYear = 9999;

    private static readonly HashSet<string> YearOptions = new(["--year", "--base", "--end"], StringComparer.Ordinal);

    public static void AddTo(Command command)
    {
        foreach (var option in command.Options) Add(option);
        foreach (var argument in command.Arguments) Add(argument);
        foreach (var sub in command.Subcommands) AddTo(sub);
    }

    private static void Add(Option option)
    {
        if (option.ValueType == typeof(string) || option.ValueType == typeof(string[]))
        {
            option.Validators.Add(result => CheckText(result, option.Name));
        }
        else if (option.ValueType == typeof(int) || option.ValueType == typeof(int?))
        {
            if (YearOptions.Contains(option.Name)) AddRange(option, FirstYear, LastYear, "a year: expected a four-digit year");
            else if (option.Name is "--width" or "--height") AddRange(option, 1, Plotting.ChartOutput.MaxPixels, "a chart size: expected pixels");
        }
    }

    private static void AddRange(Option option, int low, int high, string what)
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && (value < low || value > high))
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} {value} is not {what} from {low} to {high}."));
                }
            }
        });
    }

    private static void Add(Argument argument)
    {
        if (argument.ValueType == typeof(string))
        {
            argument.Validators.Add(result => CheckText(result, "<" + argument.Name + ">"));
        }
    }

    // The tokens, not the converted value: a value outside AcceptOnlyFromAmong has its own error and no value.
    private static void CheckText(SymbolResult result, string name)
    {
        if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            result.AddError($"{name} is empty: expected a non-empty value (a file or folder name, an id or a text).");
        }
    }
}
