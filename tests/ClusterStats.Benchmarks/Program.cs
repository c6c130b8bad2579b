using BenchmarkDotNet.Running;

namespace ClusterStats.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet suites, and workload runners by verb.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "charts-vs-mpl") return ChartsVersusMatplotlib.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
