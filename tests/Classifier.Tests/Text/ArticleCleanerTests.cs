using Classifier.Text;

namespace Classifier.Tests.Text;

public class ArticleCleanerTests
{
    private const string Body = "Menteri itu membantah tuduhan tersebut pada Senin.";

    [Theory]
    [InlineData("banner 300x250", FurnitureKind.Advertisement)]
    [InlineData("ADVERTISEMENT", FurnitureKind.Advertisement)]
    [InlineData("970x90", FurnitureKind.Advertisement)]
    [InlineData("Scroll to continue with content", FurnitureKind.Advertisement)]
    [InlineData("Tulis Komentar", FurnitureKind.Prompt)]
    [InlineData("Leave a Comment", FurnitureKind.Prompt)]
    [InlineData("Baca Juga: Harga Minyak Turun Lagi", FurnitureKind.Prompt)]
    [InlineData("Tonton siaran langsung debat di sini", FurnitureKind.Prompt)]
    [InlineData("Bagikan artikel ini", FurnitureKind.Prompt)]
    [InlineData("Komentar pembaca menjadi tanggung jawab pembaca sepenuhnya.", FurnitureKind.Prompt)]
    [InlineData("© 2023 Kabar Contoh. Hak cipta dilindungi.", FurnitureKind.Copyright)]
    [InlineData("All rights reserved", FurnitureKind.Copyright)]
    [InlineData("halaman ini rendering in 1.23 seconds", FurnitureKind.PageTiming)]
    [InlineData("A A A", FurnitureKind.FontSizeWidget)]
    [InlineData("A- A+", FurnitureKind.FontSizeWidget)]
    [InlineData("Editor: Rina Sari", FurnitureKind.Byline)]
    [InlineData("(ant/rd)", FurnitureKind.Byline)]
    [InlineData("Jumat, 3 Maret 2023 | 08:15 WIB", FurnitureKind.Timestamp)]
    [InlineData("Internasional", FurnitureKind.Navigation)]
    [InlineData("Home > Dunia > Asia", FurnitureKind.Navigation)]
    public void Clean_FurnitureLine_IsRemovedWithItsKind(string line, FurnitureKind kind)
    {
        var cleaned = ArticleCleaner.Clean($"{line}\n{Body}");

        cleaned.Paragraphs.ShouldBe([Body]);
        cleaned.Removed.ShouldHaveSingleItem().Kind.ShouldBe(kind);
    }

    [Fact]
    public void Clean_HeadlineRepeated_KeepsFirstOnly()
    {
        var cleaned = ArticleCleaner.Clean("Kemlu Bantah Laporan Media\nKemlu Bantah Laporan Media\n" + Body);

        cleaned.Paragraphs.ShouldBe(["Kemlu Bantah Laporan Media", Body]);
        cleaned.Removed.ShouldHaveSingleItem().Kind.ShouldBe(FurnitureKind.Repeated);
    }

    [Fact]
    public void Clean_Byline_IsKeptAsMetadata()
    {
        var cleaned = ArticleCleaner.Clean($"{Body}\nPenulis: Dewi Lestari\nSumber: Kantor Berita Contoh");

        cleaned.Metadata["author"].ShouldBe("Dewi Lestari");
        cleaned.Metadata["source"].ShouldBe("Kantor Berita Contoh");
    }

    [Theory]
    [InlineData("JAKARTA, KabarContoh.id - ", "JAKARTA, KabarContoh.id")]
    [InlineData("SEOUL - ", "SEOUL")]
    [InlineData("Manila (Kabar Asia) - ", "Manila (Kabar Asia)")]
    public void Clean_Dateline_MovesToMetadata(string dateline, string place)
    {
        var cleaned = ArticleCleaner.Clean(dateline + Body);

        cleaned.Paragraphs.ShouldBe([Body]);
        cleaned.Metadata["dateline"].ShouldBe(place);
    }

    [Fact]
    public void Clean_LineStartingWithComma_JoinsPreviousParagraph()
    {
        var cleaned = ArticleCleaner.Clean("Selain itu\n\n, pemerintah juga menutup konsulat.");

        ArticleParser.Parse(cleaned.Original).Sentences.Single().Text.ShouldBe("Selain itu, pemerintah juga menutup konsulat.");
    }

    [Fact]
    public void Clean_NewsSentenceMentioningComments_IsKept()
    {
        var text = "Kremlin menolak memberikan komentar atas laporan tersebut.";

        ArticleCleaner.Clean(text).Paragraphs.ShouldBe([text]);
    }
}
