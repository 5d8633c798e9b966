using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>DiskEncryptionConfiguration</c> structure of the EMR Serverless API. The configuration object that allows encrypting local disks.</summary>
public sealed record DiskEncryptionSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Specifies the optional encryption context that will be used when encrypting the data.</summary>
    public EquatableArray<MapEntry> EncryptionContext { get; init; }

    /// <summary>The KMS key ARN to encrypt local disks.</summary>
    public string? EncryptionKeyArn { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<DiskEncryptionSpec> Shape = new ApiShape<DiskEncryptionSpec>("DiskEncryptionConfiguration", () => new DiskEncryptionSpec())
        .Member("encryptionContext", Codec.Map, s => s.EncryptionContext, (s, v) => s with { EncryptionContext = v }, MemberLimits.Of(maxLength: 8))
        .Member("encryptionKeyArn", Codec.String, s => s.EncryptionKeyArn, (s, v) => s with { EncryptionKeyArn = v }, MemberLimits.Of(minLength: 20, maxLength: 2048));
}
