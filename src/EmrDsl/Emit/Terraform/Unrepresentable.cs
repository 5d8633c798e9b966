namespace EmrDsl.Emit.Terraform;

/// <summary>Guards for request members the Terraform AWS provider has no argument for.</summary>
internal static class Unrepresentable
{
    /// <summary>Throws when <paramref name="isSet"/>: the member would otherwise be dropped without a word.</summary>
    public static void Reject(bool isSet, string path, string reason)
    {
        if (isSet)
        {
            throw new TerraformConversionException(path, reason);
        }
    }

    /// <summary>Throws when a member Terraform requires is missing.</summary>
    public static T Require<T>(T? value, string path, string reason)
        where T : class =>
        value ?? throw new TerraformConversionException(path, reason);

    public static T Require<T>(T? value, string path, string reason)
        where T : struct =>
        value ?? throw new TerraformConversionException(path, reason);

    public static string Index(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
