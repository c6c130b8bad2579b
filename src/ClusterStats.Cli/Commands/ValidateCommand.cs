using System.CommandLine;

namespace ClusterStats.Cli.Commands;

/// <summary><c>clusterstats validate --data FILE... [--encoding utf-8|gb18030|auto] [--sheet NAME] [--units FILE]</c>: every problem of each figure file.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var data = CliOptions.Data("A figure file (tidy figure schema, .csv or .xlsx) to check; repeatable.", required: true);
        var cmd = new Command("validate", "Check figure files; print every problem as FILE:LINE:COLUMN: found 'TEXT'; expected WHAT and exit 1 if there is any.");
        cmd.Options.Add(data);
        var read = ReadArguments.AddTo(cmd, units: true);
        cmd.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var options = read.Options(parseResult);
            int code = CliApp.Ok;
            foreach (var path in parseResult.GetValue(data)!)
            {
                var errors = FigureCsv.Validate(path, options);
                foreach (var e in errors) output.WriteLine(DisplayText.Escape(CliHints.Add(e.ToString(), parseResult.CommandResult.Command)));
                if (errors.Count > 0)
                {
                    code = CliApp.InvalidInput;
                    continue;
                }
                output.WriteLine($"{DisplayText.Escape(path)}: valid ({FigureCsv.Read(path, options).Count} figures)");
            }
            return code;
        });
        return cmd;
    }
}
