using System.Buffers.Binary;
using System.Text;

namespace Classifier.Torch.Native;

/// <summary>
/// Reads and edits the version needs (<c>.gnu.version_r</c>: <c>Verneed</c> and <c>Vernaux</c>
/// records) of a 64-bit little-endian ELF shared library.
/// </summary>
internal static class ElfVersionNeeds
{
    private const uint SectionTypeVersionNeeds = 0x6ffffffe;

    /// <summary>The <c>vna_flags</c> bit that makes a missing version a warning instead of an error.</summary>
    public const ushort WeakFlag = 0x2;

    /// <summary>Finds the flags of a needed version.</summary>
    /// <param name="elf">The library's bytes.</param>
    /// <param name="version">The version name, such as <c>GLIBCXX_3.4.32</c>.</param>
    /// <returns>The file offset of the record's <c>vna_flags</c>, or -1 when the library does not need the version or is not a 64-bit little-endian ELF file.</returns>
    public static long FindFlagsOffset(ReadOnlySpan<byte> elf, string version)
    {
        // ELF64 identification: magic, class 2 (64-bit), data 1 (little-endian).
        if (elf.Length < 64 || !elf[..4].SequenceEqual("\u007fELF"u8) || elf[4] != 2 || elf[5] != 1)
        {
            return -1;
        }

        var sectionOffset = (long)BinaryPrimitives.ReadUInt64LittleEndian(elf[0x28..]);
        var sectionSize = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3A..]);
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3C..]);
        for (var i = 0; i < sectionCount; i++)
        {
            var header = elf.Slice(checked((int)(sectionOffset + (i * sectionSize))), sectionSize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != SectionTypeVersionNeeds)
            {
                continue;
            }

            var offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(header[24..]);
            var link = BinaryPrimitives.ReadUInt32LittleEndian(header[40..]);
            var needCount = BinaryPrimitives.ReadUInt32LittleEndian(header[44..]);
            var strings = (long)BinaryPrimitives.ReadUInt64LittleEndian(elf.Slice(checked((int)(sectionOffset + (link * sectionSize))), sectionSize)[24..]);
            return FindInNeeds(elf, offset, needCount, strings, version);
        }

        return -1;
    }

    /// <summary>Whether the record at a flags offset is already weak.</summary>
    /// <param name="elf">The library's bytes.</param>
    /// <param name="flagsOffset">An offset from <see cref="FindFlagsOffset"/>.</param>
    /// <returns><see langword="true"/> when the weak bit is set.</returns>
    public static bool IsWeak(ReadOnlySpan<byte> elf, long flagsOffset) =>
        (BinaryPrimitives.ReadUInt16LittleEndian(elf[checked((int)flagsOffset)..]) & WeakFlag) != 0;

    /// <summary>Sets the weak bit of the record at a flags offset.</summary>
    /// <param name="elf">The library's bytes, changed in place.</param>
    /// <param name="flagsOffset">An offset from <see cref="FindFlagsOffset"/>.</param>
    public static void MarkWeak(Span<byte> elf, long flagsOffset)
    {
        var flags = elf[checked((int)flagsOffset)..];
        BinaryPrimitives.WriteUInt16LittleEndian(flags, (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(flags) | WeakFlag));
    }

    private static long FindInNeeds(ReadOnlySpan<byte> elf, long offset, uint needCount, long strings, string version)
    {
        // Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
        var need = offset;
        for (var n = 0; n < needCount; n++)
        {
            var record = elf[checked((int)need)..];
            var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(record[2..]);
            var aux = need + BinaryPrimitives.ReadUInt32LittleEndian(record[8..]);
            for (var a = 0; a < auxCount; a++)
            {
                // Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
                var entry = elf[checked((int)aux)..];
                var name = ReadString(elf, strings + BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]));
                if (name == version)
                {
                    return aux + 4;
                }

                aux += BinaryPrimitives.ReadUInt32LittleEndian(entry[12..]);
            }

            need += BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
        }

        return -1;
    }

    private static string ReadString(ReadOnlySpan<byte> elf, long offset)
    {
        var rest = elf[checked((int)offset)..];
        var end = rest.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]);
    }
}
