using System.Text.RegularExpressions;
using Classifier.Text;

namespace Classifier.Training.Labeling;

/// <summary>A label the rules suggest, with the cue that fired.</summary>
/// <param name="Label">The suggested label.</param>
/// <param name="Cue">The root or phrase that matched.</param>
/// <param name="Confidence">How far the rule is trusted, from 0 to 1.</param>
public sealed record RuleMatch(string Label, string Cue, double Confidence);

/// <summary>
/// Rule-based labeling functions: an Indonesian trigger lexicon of roots, matched through
/// <see cref="AffixStripper"/> so that "menuding", "dituding" and "tudingan" all hit "tuding",
/// plus cue phrases. Phrases are stronger evidence than single roots; several hits for one label
/// raise its confidence.
/// </summary>
public static partial class TriggerLexicon
{
    private static readonly Dictionary<string, string[]> Roots = new(StringComparer.Ordinal)
    {
        [EventLabels.Accusation] = ["tuduh", "tuding", "salah", "kecam", "dakwa", "dalang", "dalangi", "duga", "kutuk", "protes"],
        [EventLabels.Denial] = ["bantah", "sangkal", "tepis", "tampik", "fitnah", "hoaks", "dalih", "nafi"],
        [EventLabels.Sanction] = ["sanksi", "embargo", "beku", "usir", "larang", "blokir", "boikot", "tarif", "tangguh"],
        [EventLabels.MilitaryCooperation] = ["latih", "pakta", "hibah", "patroli", "pasok", "alutsista", "senjata", "jet", "rudal", "intelijen"],
    };

    // Phrases are matched on the lower-cased sentence as written.
    private static readonly (string Label, string Phrase)[] Phrases =
    [
        (EventLabels.Accusation, "berada di balik"),
        (EventLabels.Accusation, "bertanggung jawab atas"),
        (EventLabels.Accusation, "menyalahkan"),
        (EventLabels.Denial, "tidak berdasar"),
        (EventLabels.Denial, "tak berdasar"),
        (EventLabels.Denial, "tidak benar"),
        (EventLabels.Denial, "menolak tuduhan"),
        (EventLabels.Denial, "mengada-ada"),
        (EventLabels.Denial, "tidak ada bukti"),
        (EventLabels.Sanction, "pembekuan aset"),
        (EventLabels.Sanction, "larangan perjalanan"),
        (EventLabels.Sanction, "daftar hitam"),
        (EventLabels.Sanction, "persona non grata"),
        (EventLabels.Sanction, "hubungan diplomatik"),
        (EventLabels.Sanction, "pembatasan ekspor"),
        (EventLabels.Sanction, "menutup kedutaan"),
        (EventLabels.MilitaryCooperation, "latihan gabungan"),
        (EventLabels.MilitaryCooperation, "latihan militer bersama"),
        (EventLabels.MilitaryCooperation, "pakta pertahanan"),
        (EventLabels.MilitaryCooperation, "bantuan militer"),
        (EventLabels.MilitaryCooperation, "alih teknologi"),
        (EventLabels.MilitaryCooperation, "kerja sama pertahanan"),
        (EventLabels.MilitaryCooperation, "berbagi intelijen"),
    ];

    private static readonly Dictionary<string, string> RootLabel =
        Roots.SelectMany(p => p.Value.Select(r => (Root: r, Label: p.Key))).ToDictionary(p => p.Root, p => p.Label, StringComparer.Ordinal);

    /// <summary>Applies the rules to a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The best-supported label with its cues, or <see langword="null"/> when no rule fires.</returns>
    public static RuleMatch? Match(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var lower = sentence.ToLowerInvariant();
        var hits = new List<(string Label, string Cue, double Weight)>();
        foreach (var (label, phrase) in Phrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                hits.Add((label, phrase, 2.0));
            }
        }

        foreach (var word in Word().Matches(lower).Select(m => m.Value))
        {
            var root = AffixStripper.Candidates(word).FirstOrDefault(RootLabel.ContainsKey);
            if (root is not null)
            {
                hits.Add((RootLabel[root], root, 1.0));
            }
        }

        if (hits.Count == 0)
        {
            return null;
        }

        var best = hits.GroupBy(h => h.Label).OrderByDescending(g => g.Sum(h => h.Weight)).First();
        var support = best.Sum(h => h.Weight);
        var against = hits.Where(h => h.Label != best.Key).Sum(h => h.Weight);

        // Evidence for one label and none against it is trusted more; rules never claim certainty.
        var confidence = Math.Min(0.9, 0.4 + (0.15 * support) - (0.1 * against));
        return new RuleMatch(best.Key, string.Join("+", best.Select(h => h.Cue).Distinct()), Math.Max(0.1, confidence));
    }

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex Word();
}
