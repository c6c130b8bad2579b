using System.CommandLine;

namespace ClusterStats.Cli;

/// <summary>The list of verbs: each verb lives in Commands/ as a class with a static Create method.</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All()
    {
        yield return Commands.ParseCommand.Create();
        yield return Commands.FiguresCommand.Create();
        yield return Commands.ConflictsCommand.Create();
        yield return Commands.ValidateCommand.Create();
        yield return Commands.PlotCommand.Create();
        yield return Commands.ExtractCommand.Create();
        yield return Commands.CompareCommand.Create();
        yield return Commands.IndexCommand.Create();
        yield return Commands.ReportCommand.Create();
    }
}
