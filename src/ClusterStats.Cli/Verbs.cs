using System.CommandLine;

namespace ClusterStats.Cli;

/// <summary>The list of verbs: each verb lives in Commands/ as a class with a static Create method.</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All()
    {
        yield return Commands.IndexCommand.Create();
    }
}
