using System.IO;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Payloads;

/// <summary>Reads a payload file that must be a security configuration document (lint's <c>--security-configuration</c>).</summary>
internal static class SecurityConfigurationFile
{
    /// <summary>The document of <paramref name="file"/>, named <paramref name="name"/>.</summary>
    public static SecurityConfigurationDocument Read(PayloadFile file, string name) => SecurityConfigurationReader.Read(file.Json, name);

    /// <summary>
    /// The document at <paramref name="path"/> under the name the RunJobFlow request gives it. Anything but a readable
    /// security configuration is a <see cref="CliException"/>: cross checks on a half-read document would mislead.
    /// </summary>
    public static SecurityConfigurationDocument RequireFor(string path, string? requestedName, string requestPath)
    {
        var file = PayloadFile.Read(path);
        if (file.Kind != PayloadKind.SecurityConfiguration)
        {
            throw new CliException($"{path}: --security-configuration expects a security configuration document (EncryptionConfiguration, AuthenticationConfiguration, ...) but this is {PayloadReader.Describe(file.Kind)}.");
        }

        if (string.IsNullOrWhiteSpace(requestedName))
        {
            throw new CliException($"{requestPath}: the request names no SecurityConfiguration, so {Path.GetFileName(path)} would not apply to it. Set SecurityConfiguration to the configuration's name.");
        }

        var document = Read(file, requestedName!);
        if (document.Errors.Count > 0)
        {
            throw new CliException($"{path}: {WirePath.Display(document.Errors[0].Path)}: {document.Errors[0].Message} ('emrdsl lint {path}' lists every problem).");
        }

        return document;
    }
}
