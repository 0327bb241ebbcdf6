namespace Classifier.Training.Reports;

/// <summary>A part of a report; renderers turn the same blocks into Markdown and HTML.</summary>
public abstract record ReportBlock;

/// <summary>A section heading.</summary>
/// <param name="Text">The heading.</param>
/// <param name="Level">1 for the title, 2 for sections.</param>
public sealed record Heading(string Text, int Level = 2) : ReportBlock;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text.</param>
public sealed record Paragraph(string Text) : ReportBlock;

/// <summary>A table.</summary>
/// <param name="Columns">Column headers.</param>
/// <param name="Rows">Cells, row by row.</param>
/// <param name="RightAligned">Which columns hold numbers.</param>
public sealed record TableBlock(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int> RightAligned) : ReportBlock;

/// <summary>A chart saved as a PNG image.</summary>
/// <param name="FileName">The image's file name beside the report.</param>
/// <param name="Caption">What it shows.</param>
/// <param name="Png">The image.</param>
public sealed record Chart(string FileName, string Caption, byte[] Png) : ReportBlock;

/// <summary>Preformatted text, such as JSON.</summary>
/// <param name="Text">The text.</param>
public sealed record CodeBlock(string Text) : ReportBlock;
