namespace ClusterStats.Tests.Evidence;

/// <summary>Paths in the repository checkout that the tests read (the folder that holds ClusterStats.sln).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ClusterStats.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ClusterStats.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
