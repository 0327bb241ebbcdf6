using System.Buffers.Binary;
using System.Text;
using Classifier.Torch.Native;

namespace Classifier.Torch.Tests.Native;

public class ElfVersionNeedsTests
{
    [Fact]
    public void FindFlagsOffset_NeededVersion_PointsAtItsFlags()
    {
        var elf = TinyElf(out var secondFlags);

        ElfVersionNeeds.FindFlagsOffset(elf, "GLIBCXX_3.4.32").ShouldBe(secondFlags);
    }

    [Fact]
    public void MarkWeak_NeededVersion_SetsOnlyTheWeakBitOfThatRecord()
    {
        var elf = TinyElf(out _);
        var original = (byte[])elf.Clone();
        var offset = ElfVersionNeeds.FindFlagsOffset(elf, "GLIBCXX_3.4.32");

        ElfVersionNeeds.IsWeak(elf, offset).ShouldBeFalse();
        ElfVersionNeeds.MarkWeak(elf, offset);

        ElfVersionNeeds.IsWeak(elf, offset).ShouldBeTrue();
        ElfVersionNeeds.IsWeak(elf, ElfVersionNeeds.FindFlagsOffset(elf, "GLIBCXX_3.4")).ShouldBeFalse();
        Enumerable.Range(0, elf.Length).Count(i => elf[i] != original[i]).ShouldBe(1);
    }

    [Fact]
    public void FindFlagsOffset_VersionNotNeeded_IsMinusOne()
    {
        ElfVersionNeeds.FindFlagsOffset(TinyElf(out _), "GLIBCXX_3.4.33").ShouldBe(-1);
    }

    [Fact]
    public void FindFlagsOffset_NotAnElfFile_IsMinusOne()
    {
        ElfVersionNeeds.FindFlagsOffset(Encoding.ASCII.GetBytes(new string('x', 200)), "GLIBCXX_3.4.32").ShouldBe(-1);
    }

    // A 64-bit little-endian ELF file with just a string table and a version-needs section: one
    // library (libstdc++.so.6) needed at two versions, GLIBCXX_3.4 and GLIBCXX_3.4.32.
    private static byte[] TinyElf(out long secondFlags)
    {
        var strings = "\0libstdc++.so.6\0GLIBCXX_3.4\0GLIBCXX_3.4.32\0"u8.ToArray();
        const int stringsOffset = 64;
        var needsOffset = stringsOffset + strings.Length;
        const int needsSize = 16 + 16 + 16;
        var sectionsOffset = needsOffset + needsSize;
        var elf = new byte[sectionsOffset + (3 * 64)];

        "\u007fELF"u8.CopyTo(elf);
        elf[4] = 2;
        elf[5] = 1;
        BinaryPrimitives.WriteUInt64LittleEndian(elf.AsSpan(0x28), (ulong)sectionsOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(0x3A), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(0x3C), 3);
        strings.CopyTo(elf, stringsOffset);

        // Verneed: version 1, two Vernaux records, file name at 1, records right after it.
        var need = elf.AsSpan(needsOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(need, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(need[2..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(need[4..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(need[8..], 16);
        WriteAux(need[16..], name: 16, next: 16);
        WriteAux(need[32..], name: 28, next: 0);
        secondFlags = needsOffset + 32 + 4;

        WriteSection(elf.AsSpan(sectionsOffset + 64), type: 3, stringsOffset, strings.Length, link: 0, info: 0);
        WriteSection(elf.AsSpan(sectionsOffset + 128), type: 0x6ffffffe, needsOffset, needsSize, link: 1, info: 1);
        return elf;
    }

    private static void WriteAux(Span<byte> record, uint name, uint next)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(record[8..], name);
        BinaryPrimitives.WriteUInt32LittleEndian(record[12..], next);
    }

    private static void WriteSection(Span<byte> header, uint type, long offset, long size, uint link, uint info)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], type);
        BinaryPrimitives.WriteUInt64LittleEndian(header[24..], (ulong)offset);
        BinaryPrimitives.WriteUInt64LittleEndian(header[32..], (ulong)size);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], link);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], info);
    }
}
