using System;

namespace EmrDsl.Model;

/// <summary>An artifact was asked for while a secret member holds the secret itself; <see cref="Path"/> names the member.</summary>
public sealed class LiteralSecretException : InvalidOperationException
{
    public LiteralSecretException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    /// <summary>The member's path in the request: <c>KerberosAttributes.KdcAdminPassword</c>.</summary>
    public string Path { get; }
}
