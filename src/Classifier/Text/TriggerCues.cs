using System.Text;

namespace Classifier.Text;

/// <summary>
/// Marks the words of a sentence whose root is a trigger of one of the four acts ("menuding",
/// "dituding" and "tudingan" all have the root "tuding"), as extra tokens for the word n-grams: one
/// token naming the act (<c>cueaccusation</c>) and one naming the root (<c>roottuding</c>). The
/// tokens give the model one feature for every form of a trigger, including forms it never saw in
/// training, and one feature for every trigger of an act, including rare synonyms.
/// </summary>
/// <remarks>
/// The lexicon is part of the <see cref="IndonesianStemCuesMapping"/> contract: models trained with
/// it depend on exactly these roots, so a change needs a new contract version.
/// </remarks>
public static class TriggerCues
{
    /// <summary>The prefix of a token that names the act a trigger suggests.</summary>
    public const string CuePrefix = "cue";

    /// <summary>The prefix of a token that names a trigger's root.</summary>
    public const string RootPrefix = "root";

    // Roots are deliberately broad (terima, kirim, sebut): the tokens are features whose weights the
    // model learns, not votes, so a root that also occurs in other sentences costs little.
    // A plain dictionary: a frozen one costs more to build than it saves in a short, cold run.
    private static readonly Dictionary<string, string> Roots = new Dictionary<string, string[]>
    {
        ["accusation"] = ["tuduh", "tuding", "salah", "kecam", "dakwa", "dalang", "dalangi", "duga", "kutuk", "protes", "sebut", "klaim"],
        ["denial"] = ["bantah", "sangkal", "tepis", "tampik", "fitnah", "hoaks", "dalih", "nafi", "tolak", "bohong"],
        ["sanction"] = ["sanksi", "embargo", "beku", "usir", "larang", "blokir", "boikot", "tarif", "tangguh", "putus", "tutup"],
        ["militarycooperation"] = ["latih", "pakta", "hibah", "patroli", "pasok", "alutsista", "senjata", "jet", "rudal", "intelijen", "gabung", "kirim", "terima", "beli"],
    }
    .SelectMany(p => p.Value.Select(root => (Root: root, Cue: p.Key)))
    .ToDictionary(p => p.Root, p => p.Cue, StringComparer.Ordinal);

    /// <summary>The cue tokens of a sentence, in the order of its words, separated by single spaces.</summary>
    /// <param name="text">The sentence.</param>
    /// <returns>Two tokens per trigger word (<c>cue&lt;act&gt; root&lt;root&gt;</c>), or an empty string.</returns>
    public static string Tokens(string? text)
    {
        var output = new StringBuilder();
        Append(output, text);
        return output.ToString();
    }

    /// <summary>Appends the cue tokens of a sentence to a builder, each after a space when the builder is not empty.</summary>
    /// <param name="output">The builder.</param>
    /// <param name="text">The sentence.</param>
    public static void Append(StringBuilder output, string? text)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var word in IndonesianTextNormalizer.Lower(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Every root has three letters or more, and so has every candidate the stripper returns.
            if (word.Length < 3 || !char.IsLetter(word[0]))
            {
                continue;
            }

            foreach (var candidate in AffixStripper.Candidates(word))
            {
                if (Roots.TryGetValue(candidate, out var cue))
                {
                    if (output.Length > 0)
                    {
                        output.Append(' ');
                    }

                    output.Append(CuePrefix).Append(cue).Append(' ').Append(RootPrefix).Append(candidate);
                    break;
                }
            }
        }
    }
}
