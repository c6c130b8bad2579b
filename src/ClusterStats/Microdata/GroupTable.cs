namespace ClusterStats.Microdata;

/// <summary>
/// The groups of one reading thread: a hash table from key ids (one int per key column) to a row of 64-bit
/// accumulators. Row layout (longs): packed key ids (two per long), row count, then per summed column its sum
/// (a whole number, or money scaled by 10^<see cref="MicrodataReader.FastScale"/>) and its count of non-empty cells.
/// Money sums that would overflow 64 bits continue exactly in a decimal side table.
/// </summary>
internal sealed class GroupTable
{
    private readonly int _keys;
    private readonly int _keyLongs;
    private readonly int _sums;
    private int[] _slots;
    private long[] _rows;

    public GroupTable(int keys, int sums, int initialGroups = 1 << 14)
    {
        _keys = keys;
        _keyLongs = (keys + 1) / 2;
        _sums = sums;
        Width = _keyLongs + 1 + 2 * sums;
        int cap = 1;
        while (cap < initialGroups * 2) cap <<= 1;
        _slots = new int[cap];
        _rows = new long[initialGroups * Width];
    }

    public int Width { get; }

    public int KeyLongs => _keyLongs;

    public int Count { get; private set; }

    public long[] Rows => _rows;

    /// <summary>Exact overflow of money sums, by group * sums + sum index.</summary>
    public Dictionary<long, decimal>? Overflow { get; set; }

    public int KeyId(int group, int key)
    {
        long packed = _rows[group * Width + (key >> 1)];
        return (key & 1) == 0 ? (int)packed : (int)(packed >>> 32);
    }

    public static ulong Hash(ReadOnlySpan<long> packed)
    {
        ulong h = 0x2545F4914F6CDD1DUL;
        foreach (long p in packed)
        {
            h = (h ^ (ulong)p) * 0x9E3779B97F4A7C15UL;
            h ^= h >> 31;
        }
        return h * 0xBF58476D1CE4E5B9UL;
    }

    public static void Pack(ReadOnlySpan<int> ids, Span<long> packed)
    {
        for (int j = 0; j < packed.Length; j++)
        {
            long lo = (uint)ids[2 * j];
            long hi = 2 * j + 1 < ids.Length ? (long)(uint)ids[2 * j + 1] << 32 : 0;
            packed[j] = lo | hi;
        }
    }

    /// <summary>The row offset (into <see cref="Rows"/>) of the group with these packed key ids, created empty if new.</summary>
    public int FindOrAdd(ReadOnlySpan<long> packed)
    {
        ulong h = Hash(packed);
        int mask = _slots.Length - 1;
        int slot = (int)(h >> 32) & mask;
        long[] rows = _rows;
        int width = Width;
        while (true)
        {
            int e = _slots[slot];
            if (e == 0) break;
            int at = (e - 1) * width;
            if (rows[at] == packed[0] && (packed.Length == 1 || packed[1..].SequenceEqual(rows.AsSpan(at + 1, packed.Length - 1)))) return at;
            slot = (slot + 1) & mask;
        }
        int group = Count;
        if ((group + 1) * width > _rows.Length) Array.Resize(ref _rows, _rows.Length * 2);
        packed.CopyTo(_rows.AsSpan(group * width));
        _slots[slot] = group + 1;
        Count = group + 1;
        if (Count * 2 > _slots.Length) Rehash();
        return group * width;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        for (int g = 0; g < Count; g++)
        {
            ulong h = Hash(_rows.AsSpan(g * Width, _keyLongs));
            int slot = (int)(h >> 32) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = g + 1;
        }
        _slots = slots;
    }

    /// <summary>Adds a money amount (scaled) to a group's sum; on 64-bit overflow the amount goes to the exact decimal side table.</summary>
    public void AddScaled(int rowAt, int sum, long scaled)
    {
        int at = rowAt + _keyLongs + 1 + 2 * sum;
        long a = _rows[at];
        long r = unchecked(a + scaled);
        if (((a ^ r) & (scaled ^ r)) < 0)
        {
            AddOverflow(rowAt / Width, sum, MicrodataReader.ScaledToDecimal(scaled, MicrodataReader.FastScale));
        }
        else
        {
            _rows[at] = r;
        }
    }

    public void AddOverflow(int group, int sum, decimal value)
    {
        Overflow ??= [];
        long key = (long)group * _sums + sum;
        Overflow[key] = Overflow.TryGetValue(key, out var d) ? ExactDecimal.Add(d, value) : value;
    }
}
