using System.Reflection;
using System.Runtime.CompilerServices;

namespace ClusterStats.Tests.Cli;

/// <summary>The command line is a consumer of the library's public API like any other: the library grants it no internals.</summary>
public class CliPublicApiTests
{
    [Test]
    public void The_library_grants_its_internals_to_the_tests_and_benchmarks_only()
    {
        var friends = typeof(Quantity).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        Assert.That(friends, Does.Contain("ClusterStats.Tests"), "the check reads the attributes at all");
        Assert.That(friends, Does.Not.Contain("ClusterStats.Cli"));
    }
}
