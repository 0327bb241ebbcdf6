using Classifier.Training.Data;

namespace Classifier.Training.Tests.Data;

public class LabeledDataReaderTests
{
    private static string WriteFile(string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "data.tsv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Read_ColumnsInAnyOrderWithExtras_ReadsRows()
    {
        var path = WriteFile("source\tnote\tclaim\ttext\tlabel\na1\tx\t1\tAS menjatuhkan sanksi.\tsanction\n");

        var row = LabeledDataReader.Read(path).ShouldHaveSingleItem();

        row.ShouldBe(new LabeledExample("AS menjatuhkan sanksi.", "sanction", true, "a1", path, 2));
    }

    [Fact]
    public void Read_NoSource_UsesFileAndLineAsGroup()
    {
        var path = WriteFile("text\tlabel\tclaim\nSatu.\tother\t0\n");

        LabeledDataReader.Read(path).Single().Source.ShouldBe("data.tsv:2");
    }

    [Theory]
    [InlineData("text\tlabel\tclaim\nSatu.\tsanctions\t1\n", ":2: unknown label 'sanctions'")]
    [InlineData("text\tlabel\tclaim\nSatu.\tother\t1\nDua.\tother\tyes\n", ":3: claim must be 1 or 0")]
    [InlineData("text\tlabel\tclaim\n \tother\t1\n", ":2: empty text")]
    [InlineData("text\tlabel\tclaim\nSatu.\tother\n", ":2: expected 3 tab-separated fields")]
    [InlineData("text\tclaim\nSatu.\t1\n", ":1: header lacks the column label")]
    [InlineData("Satu.,other,1\n", ":1: header lacks the columns text, label, claim")]
    [InlineData("", "empty file")]
    [InlineData("text\tlabel\tclaim\n", "no data rows")]
    [InlineData("text\tlabel\tclaim\nSatu.\t\t1\n", ":2: empty label")]
    public void Read_BadFile_ThrowsNamingFileAndLine(string content, string expected)
    {
        var path = WriteFile(content);

        var error = Should.Throw<DataFormatException>(() => LabeledDataReader.Read(path));

        error.Message.ShouldStartWith(path);
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void Read_BinaryFile_Throws()
    {
        var path = WriteFile("x");
        File.WriteAllBytes(path, [0x74, 0x00, 0x01, 0x02]);

        Should.Throw<DataFormatException>(() => LabeledDataReader.Read(path)).Message.ShouldContain("binary");
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsNamingLine()
    {
        var path = WriteFile("x");
        File.WriteAllBytes(path, [.. "text\tlabel\tclaim\nA.\tother\t1\n"u8, 0xC3, 0x28, .. "\tother\t1\n"u8]);

        Should.Throw<DataFormatException>(() => LabeledDataReader.Read(path)).Message.ShouldContain(":3: invalid UTF-8");
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        Should.Throw<DataFormatException>(() => LabeledDataReader.Read("/no/such/file.tsv")).Message.ShouldContain("file not found");
    }
}
