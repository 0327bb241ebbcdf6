using Classifier.Training.Selection;

namespace Classifier.Training.Tests.Selection;

public class LeaderboardTests
{
    private static CandidateResult Result(string trainer, double mean) =>
        new("event", trainer, TrainingOptions.Default.Featurizer, "macro-F1", mean, 0.01, [mean, mean], 1.5, 2048);

    [Fact]
    public void Rank_Candidates_BestFirstKeepingSearchOrderForTies()
    {
        var board = Leaderboard.Rank("cv", [Result("A", 0.7), Result("B", 0.9), Result("C", 0.7)], []);

        board.Event.Select(r => r.Trainer).ShouldBe(["B", "A", "C"]);
    }

    [Fact]
    public void ToMarkdown_Candidates_TableWithWinnerInBold()
    {
        var markdown = Leaderboard.Rank("5-fold cross-validation", [Result("Lbfgs", 0.81), Result("Sdca", 0.84)], []).ToMarkdown();

        markdown.ShouldContain("## Event model (ranked by macro-F1)");
        markdown.ShouldContain("| 1 | **Sdca** | stem+cues w1-2 c1-4 Tf | **0.840** | 0.010 | 1.5 | 2 |");
        markdown.ShouldContain("| 2 | Lbfgs |");
        markdown.ShouldNotContain("Claim model");
    }

    [Fact]
    public void ToMarkdown_ChosenIsNotTheBest_MarksTheChosenOne()
    {
        var chosen = Result("Lbfgs", 0.835);
        var markdown = Leaderboard.Rank("cv", [Result("Sdca", 0.70), chosen, Result("Variant", 0.84)], [], eventChoice: chosen).ToMarkdown();

        markdown.ShouldContain("| 1 | Variant |");
        markdown.ShouldContain("| 2 | **Lbfgs** |");
        markdown.ShouldContain("within one standard error of the best");
    }

    [Fact]
    public void ToJson_Candidates_RoundTripsTheScores()
    {
        var json = Leaderboard.Rank("cv", [Result("Sdca", 0.84)], []).ToJson();

        json.ShouldContain("\"trainer\": \"Sdca\"");
        json.ShouldContain("\"mean\": 0.84");
    }
}
