namespace Classifier;

/// <summary>The event labels of the labeling guide and their CAMEO codes.</summary>
public static class EventLabels
{
    /// <summary>An actor blames or accuses another actor of a wrongful or hostile act.</summary>
    public const string Accusation = "accusation";

    /// <summary>An actor denies or dismisses an accusation or its own responsibility.</summary>
    public const string Denial = "denial";

    /// <summary>An actor imposes or announces punitive measures.</summary>
    public const string Sanction = "sanction";

    /// <summary>Actors cooperate on military or security matters.</summary>
    public const string MilitaryCooperation = "military_cooperation";

    /// <summary>Everything else.</summary>
    public const string Other = "other";

    /// <summary>All labels, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Accusation, Denial, Sanction, MilitaryCooperation, Other];

    /// <summary>
    /// The CAMEO event code of a label, so results can be joined with event datasets:
    /// 112 accuse, 016 deny responsibility, 163 impose embargo, boycott or sanctions,
    /// 062 cooperate militarily; <see langword="null"/> for <see cref="Other"/> and unknown labels.
    /// </summary>
    /// <param name="label">The label.</param>
    /// <returns>The three-digit code, or <see langword="null"/>.</returns>
    public static string? CameoCode(string label) => label switch
    {
        Accusation => "112",
        Denial => "016",
        Sanction => "163",
        MilitaryCooperation => "062",
        _ => null,
    };

    /// <summary>Whether <paramref name="label"/> is one of <see cref="All"/>.</summary>
    /// <param name="label">The label to check.</param>
    /// <returns><see langword="true"/> for a known label.</returns>
    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
