using System.Numerics;

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
    /// <summary>Groups per block: rows live in fixed blocks so that growing never copies (no 1.5x peak while resizing).</summary>
    internal const int BlockShift = 13;
    private const int BlockMask = (1 << BlockShift) - 1;
    private int[] _slots;
    private long[][] _blocks = new long[16][];

    public GroupTable(int keys, int sums)
    {
        _keys = keys;
        _keyLongs = (keys + 1) / 2;
        _sums = sums;
        Width = _keyLongs + 1 + 2 * sums;
        _slots = new int[1 << 14];
    }

    public int Width { get; }

    public int KeyLongs => _keyLongs;

    public int Count { get; private set; }

    /// <summary>The block holding a group's row; the row starts at <see cref="Offset"/>.</summary>
    public long[] Block(int group) => _blocks[group >> BlockShift];

    public int Offset(int group) => (group & BlockMask) * Width;

    /// <summary>Exact overflow of money sums as whole numbers of 10^-28 (never rounded), by group * sums + sum index.</summary>
    public Dictionary<long, BigInteger>? Overflow { get; set; }

    public int KeyId(int group, int key)
    {
        long packed = _blocks[group >> BlockShift][(group & BlockMask) * Width + (key >> 1)];
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

    /// <summary>The group with these packed key ids, created with zero accumulators if new.</summary>
    public int FindOrAdd(ReadOnlySpan<long> packed) => FindOrAdd(packed, Hash(packed));

    /// <summary>The slot array (group + 1, 0 = empty), for loading ahead of a batch of lookups.</summary>
    public int[] Slots => _slots;

    /// <summary>The slot where a hash starts probing.</summary>
    public int SlotOf(ulong hash) => (int)(hash >> 32) & (_slots.Length - 1);

    /// <summary><see cref="FindOrAdd(ReadOnlySpan{long})"/> with the hash already computed.</summary>
    public int FindOrAdd(ReadOnlySpan<long> packed, ulong h)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(h >> 32) & mask;
        int width = Width;
        while (true)
        {
            int e = _slots[slot];
            if (e == 0) break;
            int g = e - 1;
            long[] block = _blocks[g >> BlockShift];
            int at = (g & BlockMask) * width;
            if (block[at] == packed[0] && (packed.Length == 1 || packed[1..].SequenceEqual(block.AsSpan(at + 1, packed.Length - 1)))) return g;
            slot = (slot + 1) & mask;
        }
        int group = Count;
        int b = group >> BlockShift;
        if (b == _blocks.Length) Array.Resize(ref _blocks, b * 2);
        _blocks[b] ??= new long[(1 << BlockShift) * width];
        packed.CopyTo(_blocks[b].AsSpan((group & BlockMask) * width));
        _slots[slot] = group + 1;
        Count = group + 1;
        if (Count * 2 > _slots.Length) Rehash();
        return group;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        for (int g = 0; g < Count; g++)
        {
            ulong h = Hash(_blocks[g >> BlockShift].AsSpan((g & BlockMask) * Width, _keyLongs));
            int slot = (int)(h >> 32) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = g + 1;
        }
        _slots = slots;
    }

    /// <summary>Adds a money amount (scaled) to a group's sum; on 64-bit overflow the amount goes to the exact decimal side table.</summary>
    public void AddScaled(int group, int sum, long scaled)
    {
        long[] block = _blocks[group >> BlockShift];
        int at = (group & BlockMask) * Width + _keyLongs + 1 + 2 * sum;
        long a = block[at];
        long r = unchecked(a + scaled);
        if (((a ^ r) & (scaled ^ r)) < 0)
        {
            AddOverflow(group, sum, ExactDecimal.ToWide(scaled, MicrodataReader.FastScale));
        }
        else
        {
            block[at] = r;
        }
    }

    /// <summary>Adds an amount (a whole number of 10^-28) to a group's exact side sum; whether a decimal can hold the
    /// total is decided only when the result is read, so the order of the rows never matters.</summary>
    public void AddOverflow(int group, int sum, BigInteger value)
    {
        Overflow ??= [];
        long key = (long)group * _sums + sum;
        Overflow[key] = Overflow.TryGetValue(key, out var d) ? d + value : value;
    }
}
