using EmrDsl.Artifacts;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// <c>[EmrSecurityConfiguration]</c> and <c>[EmrBlockPublicAccess]</c> definitions: their documents and requests are emitted
/// at build time, byte for byte what the same definition writes at run time.
/// </summary>
public sealed class SecurityDefinitionTests
{
    private const string Source = """
        using EmrDsl;

        namespace Acme.Security;

        public static partial class Account
        {
            [EmrSecurityConfiguration(FileName = "governed")]
            public static SecurityConfiguration Governed => SecurityConfiguration.Create("governed")
                .EncryptS3AtRest(S3Encryption.SseKms("arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"))
                .RuntimeRoles()
                .LakeFormation()
                .InstanceMetadataService(2);

            [EmrBlockPublicAccess]
            public static BlockPublicAccess PublicAccess => BlockPublicAccess.On().Permit(22);
        }
        """;

    [Fact]
    public void The_document_and_the_block_public_access_request_equal_their_runtime_output()
    {
        var outcome = GeneratorHarness.Run(Source);
        Assert.Empty(outcome.OutputErrors());

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var governed = (SecurityConfiguration)runtime.Get("Acme.Security.Account", "Governed")!;
        var publicAccess = (BlockPublicAccess)runtime.Get("Acme.Security.Account", "PublicAccess")!;
        Assert.Equal(governed.ToJson(), runtime.Constant("Acme.Security.Account+GovernedArtifacts", ArtifactKinds.SecurityConfiguration.ConstantName));
        Assert.Equal("governed", runtime.Constant("Acme.Security.Account+GovernedArtifacts", ArtifactKinds.FileNameConstant));
        Assert.Equal("governed", runtime.Constant("Acme.Security.Account+GovernedArtifacts", "SecurityConfigurationName"));
        Assert.Equal(publicAccess.ToPutBlockPublicAccessConfigurationJson(), runtime.Constant("Acme.Security.Account+PublicAccessArtifacts", ArtifactKinds.PutBlockPublicAccessConfiguration.ConstantName));
        Assert.Equal(publicAccess.ToTerraformJson(), runtime.Constant("Acme.Security.Account+PublicAccessArtifacts", ArtifactKinds.Terraform.ConstantName));
    }
}
