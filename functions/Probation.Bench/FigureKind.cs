namespace Probation.Bench;

/// <summary>What a figure measures, which says how it compares with the raw queue cycle of (a).</summary>
internal enum FigureKind
{
    /// <summary>Things per second: compared as a fraction of raw queue cycles per second.</summary>
    Throughput = 1,

    /// <summary>Milliseconds: compared as a number of raw queue cycles' time.</summary>
    Latency = 2,

    /// <summary>Storage requests per event: compared with the 3 requests of one raw queue cycle.</summary>
    Requests = 3,
}
