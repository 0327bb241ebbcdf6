using Classifier.Training.Data;

namespace Classifier.Training.Tests.Data;

public class CandidateWriterTests
{
    [Fact]
    public void Format_Article_WritesOneUnlabeledRowPerSentence()
    {
        var rows = CandidateWriter.Extract("Judul Berita\n\nbanner 728x250\nIran membantah. AS menuduh.", "a1");

        CandidateWriter.Format(rows).ShouldBe("text\tlabel\tclaim\tsource\nJudul Berita\t\t\ta1\nIran membantah.\t\t\ta1\nAS menuduh.\t\t\ta1\n");
    }
}
