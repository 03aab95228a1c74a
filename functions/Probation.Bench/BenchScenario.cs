namespace Probation.Bench;

/// <summary>Which parts of the benchmark run.</summary>
internal enum BenchScenario
{
    /// <summary>Raw storage, HelloCities5 and the order workload, in that order, so every ratio has its baseline.</summary>
    All = 1,

    /// <summary>(a) The raw ceiling of the storage account through the Azure SDK clients.</summary>
    Raw = 2,

    /// <summary>(b) HelloCities5 on the host's engine wiring.</summary>
    Hello = 3,

    /// <summary>(c) and (d) The order workload over HTTP on the real host, and its storage requests.</summary>
    Orders = 4,
}
