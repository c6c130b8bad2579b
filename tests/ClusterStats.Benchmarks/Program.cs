using BenchmarkDotNet.Running;

namespace ClusterStats.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet suites, and workload runners by verb.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
