using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Classifier;

/// <summary>
/// What ML.NET's text normalizer, as the featurizer is configured (lower case, no diacritics, no
/// punctuation, numbers kept), makes of each character, asked of ML.NET itself: its diacritics
/// table and punctuation rules are its own. ASCII follows the rule ML.NET applies there (drop
/// punctuation, lower-case the rest); other characters are asked a block of 4,096 at a time, when
/// a text first uses one, so loading pays nothing and plain Indonesian text little.
/// </summary>
internal sealed class CharacterNormalizer
{
    private const int BlockSize = 4096;

    // A separator the normalizer keeps: one row per block, split back apart afterwards.
    private const char Separator = '\u0001';

    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => char.IsPunctuation((char)c) ? string.Empty : char.ToLowerInvariant((char)c).ToString())];

    private readonly Lazy<string[]>[] _blocks;

    public CharacterNormalizer(MLContext mlContext)
    {
        var normalizer = mlContext.Transforms.Text.NormalizeText(
            nameof(SentenceInput.Text), nameof(SentenceInput.Text), TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: false, keepNumbers: true)
            .Fit(mlContext.Data.LoadFromEnumerable(Array.Empty<SentenceInput>()));
        _blocks = [.. Enumerable.Range(0, (char.MaxValue + 1) / BlockSize).Select(b => new Lazy<string[]>(() => Block(mlContext, normalizer, b)))];
    }

    /// <summary>The normalized form of a character: itself, another, or nothing.</summary>
    public string this[char c] => c < 128 ? Ascii[c] : _blocks[c / BlockSize].Value[c % BlockSize];

    private static string[] Block(MLContext mlContext, ITransformer normalizer, int block)
    {
        var first = block * BlockSize;
        var characters = Enumerable.Range(first, BlockSize).Select(c => (char)c).ToArray();

        // Surrogate halves mean nothing alone; ML.NET passes them through, and so does this.
        var row = string.Concat(characters.Select(c => $"{Separator}{(char.IsSurrogate(c) ? ' ' : c)}"));
        var normalized = Normalize(mlContext, normalizer, [row])[0].Split(Separator)[1..];
        if (normalized.Length != BlockSize)
        {
            // The separators did not survive: ask character by character instead.
            normalized = Normalize(mlContext, normalizer, [.. characters.Select(c => char.IsSurrogate(c) ? string.Empty : c.ToString())]);
        }

        for (var i = 0; i < BlockSize; i++)
        {
            if (char.IsSurrogate(characters[i]))
            {
                normalized[i] = characters[i].ToString();
            }
        }

        return normalized;
    }

    private static string[] Normalize(MLContext mlContext, ITransformer normalizer, string[] texts)
    {
        var data = mlContext.Data.LoadFromEnumerable(texts.Select(t => new SentenceInput { Text = t }));
        return [.. normalizer.Transform(data).GetColumn<string>(nameof(SentenceInput.Text))];
    }
}
