namespace EmrDsl.Emit.Terraform;

/// <summary>
/// A cluster definition holds something the Terraform AWS provider cannot express. Raised instead of
/// writing a document that would silently create a different cluster than the RunJobFlow request does.
/// </summary>
public sealed class TerraformConversionException : UnrepresentableException
{
    public TerraformConversionException(string path, string reason)
        : base("Terraform", path, reason)
    {
    }
}
