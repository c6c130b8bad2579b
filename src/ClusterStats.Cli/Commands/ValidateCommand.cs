using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary><c>clusterstats validate FILE [--encoding utf-8|gb18030|auto]</c>: every problem of a figure file.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A CSV file in the tidy figure schema." };
        var encoding = new Option<string>("--encoding") { Description = "utf-8 (default, with or without BOM), gb18030, or auto (UTF-8 if valid, else GB18030).", DefaultValueFactory = _ => "utf-8" };
        encoding.AcceptOnlyFromAmong("utf-8", "gb18030", "auto");
        var cmd = new Command("validate", "Check a figure CSV file; print every problem as FILE:LINE:COLUMN: found 'TEXT'; expected WHAT and exit 1 if there is any.");
        cmd.Arguments.Add(file);
        cmd.Options.Add(encoding);
        cmd.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            CsvReadOptions.TryParseEncoding(parseResult.GetValue(encoding), out var enc);
            var errors = FigureCsv.Validate(path, enc);
            foreach (var e in errors) parseResult.InvocationConfiguration.Output.WriteLine(Internal.Printable.Escape(CliHints.Add(e.ToString(), parseResult.CommandResult.Command)));
            if (errors.Count > 0) return CliApp.InvalidInput;
            parseResult.InvocationConfiguration.Output.WriteLine($"{Internal.Printable.Escape(path)}: valid ({FigureCsv.Read(path, new CsvReadOptions { Encoding = enc }).Count} figures)");
            return CliApp.Ok;
        });
        return cmd;
    }
}
