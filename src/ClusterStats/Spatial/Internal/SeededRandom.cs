namespace ClusterStats.Spatial.Internal;

/// <summary>
/// ClusterStats' own pseudo-random generator for permutation tests: xoshiro256** (Blackman and Vigna) seeded through
/// SplitMix64, so that the same seed gives the same draws on every platform and .NET version (System.Random's seeded
/// sequence is not promised to stay the same). Not for cryptography; not thread-safe (one per computation).
/// </summary>
internal sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, bound), without modulo bias (Lemire's multiply-and-reject).</summary>
    public int Next(int bound)
    {
        ulong b = (ulong)bound;
        ulong high = Math.BigMul(NextUInt64(), b, out ulong low);
        if (low < b)
        {
            ulong threshold = (0UL - b) % b;
            while (low < threshold) high = Math.BigMul(NextUInt64(), b, out low);
        }
        return (int)high;
    }

    /// <summary>Shuffles the values in place (Fisher-Yates).</summary>
    public void Shuffle(double[] values)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
