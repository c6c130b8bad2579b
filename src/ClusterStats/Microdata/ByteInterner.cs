using System.Runtime.InteropServices;

namespace ClusterStats.Microdata;

/// <summary>
/// Maps distinct byte strings (the UTF-8 text of a key column) to dense ids 0, 1, 2... in order of first appearance.
/// Open addressing over a byte arena; a lookup allocates nothing. Not thread-safe: one per reading thread.
/// </summary>
internal sealed class ByteInterner
{
    private byte[] _arena = new byte[4096];
    private int _arenaUsed;
    private int[] _offsets = new int[256];
    private int[] _lengths = new int[256];
    private ulong[] _hashes = new ulong[256];
    private int[] _slots = new int[512]; // id + 1, 0 = empty
    private int _count;

    public int Count => _count;

    public ReadOnlySpan<byte> this[int id] => _arena.AsSpan(_offsets[id], _lengths[id]);

    public static ulong Hash(ReadOnlySpan<byte> s)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)s.Length;
        int i = 0;
        for (; i + 8 <= s.Length; i += 8)
        {
            h = (h ^ MemoryMarshal.Read<ulong>(s[i..])) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 29;
        }
        if (i < s.Length)
        {
            ulong t = 0;
            for (int k = s.Length - 1; k >= i; k--) t = (t << 8) | s[k];
            h = (h ^ t) * 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 29;
        }
        return h * 0x9E3779B97F4A7C15UL;
    }

    /// <summary>The id of <paramref name="value"/>, or -1 when it has not been seen.</summary>
    public int Find(ReadOnlySpan<byte> value, ulong hash)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(hash >> 40) & mask;
        while (true)
        {
            int e = _slots[slot];
            if (e == 0) return -1;
            int id = e - 1;
            if (_hashes[id] == hash && value.SequenceEqual(_arena.AsSpan(_offsets[id], _lengths[id]))) return id;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds a value that <see cref="Find"/> did not find; returns its id.</summary>
    public int Add(ReadOnlySpan<byte> value, ulong hash)
    {
        if (_count == _offsets.Length)
        {
            Array.Resize(ref _offsets, _count * 2);
            Array.Resize(ref _lengths, _count * 2);
            Array.Resize(ref _hashes, _count * 2);
        }
        if (_arenaUsed + value.Length > _arena.Length) Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + value.Length));
        value.CopyTo(_arena.AsSpan(_arenaUsed));
        int id = _count++;
        _offsets[id] = _arenaUsed;
        _lengths[id] = value.Length;
        _hashes[id] = hash;
        _arenaUsed += value.Length;
        if (_count * 2 > _slots.Length) Rehash(_slots.Length * 2);
        else Place(id);
        return id;
    }

    public int FindOrAdd(ReadOnlySpan<byte> value)
    {
        ulong h = Hash(value);
        int id = Find(value, h);
        return id >= 0 ? id : Add(value, h);
    }

    private void Place(int id)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(_hashes[id] >> 40) & mask;
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = id + 1;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        for (int id = 0; id < _count; id++) Place(id);
    }
}
