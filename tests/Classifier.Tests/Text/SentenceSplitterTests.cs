using Classifier.Text;

namespace Classifier.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("Dr. Budi hadir di rapat itu.")]
    [InlineData("Prof. Siti memimpin tim peneliti.")]
    [InlineData("Kantornya di Jl. Merdeka Barat nomor 7.")]
    [InlineData("Gedung itu berada di Jl. Thamrin No. 10 Jakarta.")]
    [InlineData("KH. Ahmad memberikan ceramah pagi itu.")]
    [InlineData("Hal itu disampaikan Kolonel Inf. Arief Nugroho di Bandung.")]
    [InlineData("Latihan digelar di Jl. Jenderal Sudirman Kav. 52, Rabu pagi.")]
    [InlineData("Mereka membawa beras, gula, minyak, dll. ke posko.")]
    [InlineData("Bantuan berupa tenda, selimut, dsb. tiba kemarin.")]
    [InlineData("Surat itu ditandatangani a.n. Menteri Luar Negeri.")]
    [InlineData("Harganya Rp. 5.000 per kilogram.")]
    [InlineData("Ia tinggal di St. Petersburg selama dua tahun.")]
    [InlineData("H. Agus Salim adalah diplomat ulung.")]
    [InlineData("Harga tiket Rp 2.375.000 untuk kelas ekonomi.")]
    [InlineData("Inflasi naik 3,5 persen pada bulan lalu.")]
    [InlineData("Gempa bermagnitudo 7.9 mengguncang wilayah itu.")]
    [InlineData("Seperti dilaporkan Rabu (7/9/2022), kedutaan ditutup.")]
    [InlineData("Pejabat A.S. menolak berkomentar.")]
    [InlineData("Joko W. Santoso terpilih sebagai ketua.")]
    [InlineData("Kirim tanggapan ke redaksi@contoh.id sebelum Senin.")]
    [InlineData("Dokumen lengkap ada di https://www.contoh.go.id/berita/123 sejak pagi.")]
    [InlineData("\"Kami akan menunggu... dan melihat,\" ujar juru bicara itu.")]
    [InlineData("“Tunggu saja… Kami siap,” katanya.")]
    [InlineData("\"Tuduhan itu tidak berdasar.\" kata Rama.")]
    [InlineData("\"Apakah itu benar?\" tanya wartawan.")]
    [InlineData("Brigjen. Hartono memimpin upacara.")]
    [InlineData("Versi 2.0.1 dirilis hari ini.")]
    [InlineData("Pukul 14.09 WIB rapat dimulai.")]
    public void Split_NonFinalPeriod_KeepsOneSentence(string text)
    {
        Split(text).ShouldBe([text]);
    }

    [Theory]
    [InlineData("Iran membantah tuduhan itu. Albania tetap mengusir diplomatnya.", "Iran membantah tuduhan itu.", "Albania tetap mengusir diplomatnya.")]
    [InlineData("Apakah sanksi itu efektif? Para analis ragu.", "Apakah sanksi itu efektif?", "Para analis ragu.")]
    [InlineData("Serang balik! Itu seruan mereka.", "Serang balik!", "Itu seruan mereka.")]
    [InlineData("\"Ini dokumen fiksi,\" kata Peskov. Ia lalu pergi.", "\"Ini dokumen fiksi,\" kata Peskov.", "Ia lalu pergi.")]
    [InlineData("Ia berkata \"cukup.\" Lalu rapat ditutup.", "Ia berkata \"cukup.\"", "Lalu rapat ditutup.")]
    [InlineData("Mereka membawa tenda, dll. Kemudian bantuan dibagikan.", "Mereka membawa tenda, dll.", "Kemudian bantuan dibagikan.")]
    [InlineData("Jumlahnya 3.000 orang. Sebagian besar anak-anak.", "Jumlahnya 3.000 orang.", "Sebagian besar anak-anak.")]
    [InlineData("Kunjungi www.contoh.com. Informasi lengkap ada di sana.", "Kunjungi www.contoh.com.", "Informasi lengkap ada di sana.")]
    [InlineData("Ia terdiam... Lalu ia pergi.", "Ia terdiam...", "Lalu ia pergi.")]
    [InlineData("Benarkah?! Tidak ada yang tahu.", "Benarkah?!", "Tidak ada yang tahu.")]
    [InlineData("Sidang ditunda (hingga pekan depan). Hakim meminta bukti baru.", "Sidang ditunda (hingga pekan depan).", "Hakim meminta bukti baru.")]
    [InlineData("Sanksi berlaku pada 2024. 12 bank terkena dampaknya.", "Sanksi berlaku pada 2024.", "12 bank terkena dampaknya.")]
    public void Split_SentenceEnd_SplitsInTwo(string text, string first, string second)
    {
        Split(text).ShouldBe([first, second]);
    }

    [Fact]
    public void Split_LineBreak_EndsSentence()
    {
        Split("Judul berita tanpa titik\nIsi berita dimulai di sini.").ShouldBe(["Judul berita tanpa titik", "Isi berita dimulai di sini."]);
    }

    [Fact]
    public void Split_BlankLinesBetweenParagraphs_AreSkipped()
    {
        Split("Paragraf satu.\r\n\r\n\r\nParagraf dua.").ShouldBe(["Paragraf satu.", "Paragraf dua."]);
    }

    [Fact]
    public void Split_StrayPeriod_IsNotASentence()
    {
        Split("Ibu kota Albania, Tirana. .").ShouldBe(["Ibu kota Albania, Tirana."]);
    }

    [Fact]
    public void Split_RunsOfWhiteSpace_AreFolded()
    {
        Split("Kedutaan   itu\tditutup.").ShouldBe(["Kedutaan itu ditutup."]);
    }

    [Fact]
    public void Split_Spans_PointIntoOriginalText()
    {
        const string text = "  Satu dua.  Tiga empat!";
        var spans = SentenceSplitter.Split(text);
        spans.Select(s => text.Substring(s.Start, s.Length)).ShouldBe(["Satu dua.", "Tiga empat!"]);
    }

    [Fact]
    public void Split_EmptyText_ReturnsNothing()
    {
        Split(string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Split_QuoteSpanningTwoSentences_SplitsInsideQuote()
    {
        Split("“Perang hanya selesai di medan perang. Siapa pun yang ragu keliru.”")
            .ShouldBe(["“Perang hanya selesai di medan perang.", "Siapa pun yang ragu keliru.”"]);
    }
}
