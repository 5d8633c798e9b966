using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>
/// EMR042: <c>.EncryptLocalDisk(LocalDiskEncryption.Kms(key))</c> gets <c>.WithEbsEncryption()</c>, so EBS root and storage
/// volumes are encrypted with the same key. Only the AwsKms provider can encrypt EBS volumes, so a Custom provider, and
/// a configuration with no local disk encryption at all, get no fix: the key is the author's to choose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EbsEncryptionFixer))]
[Shared]
public sealed class EbsEncryptionFixer : DocumentFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.LocalDiskOrEbsUnencrypted);

    protected override string Title(Diagnostic diagnostic) => "Encrypt EBS volumes too (.WithEbsEncryption())";

    protected override async Task<Document?> FixAsync(Document document, TextSpan span, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null
            || DslCalls.At(root, span) is not { } call
            || DslCalls.Name(call) != nameof(SecurityConfiguration.EncryptLocalDisk)
            || call.ArgumentList.Arguments.FirstOrDefault()?.Expression is not InvocationExpressionSyntax encryption
            || !IsKmsWithoutEbs(encryption))
        {
            return null;
        }

        var withEbs = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, encryption.WithoutTrivia(), IdentifierName(nameof(LocalDiskEncryption.WithEbsEncryption))))
            .WithTriviaFrom(encryption);
        return document.WithSyntaxRoot(LineComments.Replace(root, encryption, withEbs));
    }

    /// <summary>A chain that starts with <c>LocalDiskEncryption.Kms(...)</c> and does not call <c>WithEbsEncryption</c>.</summary>
    private static bool IsKmsWithoutEbs(InvocationExpressionSyntax encryption)
    {
        var calls = DslCalls.ChainOf(encryption);
        return calls.Count > 0
            && calls[calls.Count - 1].Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: nameof(LocalDiskEncryption) }, Name.Identifier.ValueText: nameof(LocalDiskEncryption.Kms) }
            && calls.All(c => DslCalls.Name(c) != nameof(LocalDiskEncryption.WithEbsEncryption));
    }
}
