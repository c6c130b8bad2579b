using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ClusterStats.Cli;

/// <summary>
/// Checks that hold for every verb, added to the whole command tree at once so no verb can miss them: a text value
/// (path, id, title, code) is never empty or only spaces, and every year option (<c>--year</c>, <c>--base</c>,
/// <c>--end</c>) lies in 1000–9999. A value that fails is a usage error (exit 2) naming the option and the value.
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
        if (option.ValueType == typeof(string))
        {
            option.Validators.Add(result => CheckText(result, option.Name));
        }
        else if (YearOptions.Contains(option.Name) && (option.ValueType == typeof(int) || option.ValueType == typeof(int?)))
        {
            option.Validators.Add(result =>
            {
                foreach (var token in result.Tokens)
                {
                    if (int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) && year is < FirstYear or > LastYear)
                    {
                        result.AddError(string.Create(CultureInfo.InvariantCulture,
                            $"{option.Name} {year} is not a year: expected a four-digit year from {FirstYear} to {LastYear}."));
                    }
                }
            });
        }
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
