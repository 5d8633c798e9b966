using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Cli.Payloads;
using EmrDsl.Emit;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Wire;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Security;

/// <summary>
/// Turns a security configuration document into a verified fluent <see cref="SecurityConfiguration"/> definition. The
/// document has no service-model shape, so each section is a statement of its own, fluent where the DSL's calls build
/// it exactly and raw (<c>.With(s => s with { ... })</c>) otherwise. The result is checked twice: the calls build the
/// document's model, and that model writes the document back. What the DSL cannot carry is refused at its JSON path.
/// </summary>
internal static class SecurityConfigurationImporter
{
    private const string Encryption = "EncryptionConfiguration";

    public static Chain Import(PayloadFile file, string name, ICollection<string> notes)
    {
        var document = SecurityConfigurationFile.Read(file, name);
        RequireModelled(file, document);
        var target = WithStatedSwitches(document.Spec, file.Json[Encryption] is JsonObject);
        var chain = VerifiedImport.Verify(
            c => c.Spec, (c, change) => c.With(change), $"SecurityConfiguration.Create({S(name).Text})", SecurityConfiguration.Create(name), target, Statements(target));
        RequireSameDocument(file, target, notes);
        return chain;
    }

    /// <summary>A value EMR would reject is not in the model, and a member emrdsl does not model has no place in it: either would vanish.</summary>
    private static void RequireModelled(PayloadFile file, SecurityConfigurationDocument document)
    {
        if (document.Errors.Count > 0)
        {
            var first = document.Errors[0];
            throw PayloadReader.FirstProblem(file, WirePath.Display(first.Path), first.Message, document.Errors.Count);
        }

        if (document.Unchecked.Count > 0)
        {
            throw PayloadReader.FirstProblem(
                file,
                document.Unchecked[0].Path,
                "emrdsl does not model this member, so no definition can write it. Remove it from the document to import the rest, or keep this document as JSON",
                document.Unchecked.Count);
        }
    }

    /// <summary>
    /// The encryption switches as the definition must write them. One the document leaves out is off (as EMR040 and
    /// EMR041 read it); one that agrees with the settings is left to the DSL, which derives it; only a switch that
    /// contradicts its settings stays stated.
    /// </summary>
    private static SecurityConfigurationSpec WithStatedSwitches(SecurityConfigurationSpec spec, bool hasEncryption)
    {
        bool? inTransit = hasEncryption ? spec.DeclaredInTransitEncryption ?? false : null;
        bool? atRest = hasEncryption ? spec.DeclaredAtRestEncryption ?? false : null;
        return spec with
        {
            DeclaredInTransitEncryption = inTransit == (spec.TlsCertificateConfiguration is not null) ? null : inTransit,
            DeclaredAtRestEncryption = atRest == (spec.S3EncryptionConfiguration is not null || spec.LocalDiskEncryptionConfiguration is not null) ? null : atRest,
        };
    }

    private static IEnumerable<Statement<SecurityConfiguration, SecurityConfigurationSpec>> Statements(SecurityConfigurationSpec t)
    {
        yield return Section(nameof(t.TlsCertificateConfiguration), t.TlsCertificateConfiguration, s => s with { TlsCertificateConfiguration = t.TlsCertificateConfiguration }, SecuritySections.EncryptInTransit(t.TlsCertificateConfiguration));
        yield return Section(nameof(t.S3EncryptionConfiguration), t.S3EncryptionConfiguration, s => s with { S3EncryptionConfiguration = t.S3EncryptionConfiguration }, SecuritySections.EncryptS3AtRest(t.S3EncryptionConfiguration));
        yield return Section(nameof(t.LocalDiskEncryptionConfiguration), t.LocalDiskEncryptionConfiguration, s => s with { LocalDiskEncryptionConfiguration = t.LocalDiskEncryptionConfiguration }, SecuritySections.EncryptLocalDisk(t.LocalDiskEncryptionConfiguration));
        yield return Section(nameof(t.KerberosConfiguration), t.KerberosConfiguration, s => s with { KerberosConfiguration = t.KerberosConfiguration }, SecuritySections.Kerberos(t.KerberosConfiguration));
        yield return Section(nameof(t.IdentityCenterConfiguration), t.IdentityCenterConfiguration, s => s with { IdentityCenterConfiguration = t.IdentityCenterConfiguration }, SecuritySections.IdentityCenter(t.IdentityCenterConfiguration));
        yield return Section(nameof(t.RoleMappings), t.RoleMappings, s => s with { RoleMappings = t.RoleMappings }, SecuritySections.EmrFsRoleMappings(t.RoleMappings));
        yield return Section(nameof(t.IamConfiguration), t.IamConfiguration, s => s with { IamConfiguration = t.IamConfiguration }, SecuritySections.RuntimeRoles(t.IamConfiguration));
        yield return Section(nameof(t.LakeFormationConfiguration), t.LakeFormationConfiguration, s => s with { LakeFormationConfiguration = t.LakeFormationConfiguration }, SecuritySections.LakeFormation(t.LakeFormationConfiguration));
        yield return Section(nameof(t.InstanceMetadataServiceConfiguration), t.InstanceMetadataServiceConfiguration, s => s with { InstanceMetadataServiceConfiguration = t.InstanceMetadataServiceConfiguration }, SecuritySections.InstanceMetadataService(t.InstanceMetadataServiceConfiguration));

        // A switch that contradicts its settings has no fluent form (EMR047 reports it at build time, as lint does on the document).
        yield return Section(nameof(t.DeclaredInTransitEncryption), t.DeclaredInTransitEncryption, s => s with { DeclaredInTransitEncryption = t.DeclaredInTransitEncryption }, Fluent<SecurityConfiguration>.Empty);
        yield return Section(nameof(t.DeclaredAtRestEncryption), t.DeclaredAtRestEncryption, s => s with { DeclaredAtRestEncryption = t.DeclaredAtRestEncryption }, Fluent<SecurityConfiguration>.Empty);
    }

    /// <summary>One member of the model: the fluent calls when they build it exactly, else <c>.With(s => s with { Member = ... })</c>.</summary>
    private static Statement<SecurityConfiguration, SecurityConfigurationSpec> Section(
        string property, object? value, Func<SecurityConfigurationSpec, SecurityConfigurationSpec> set, Fluent<SecurityConfiguration> fluent) =>
        new(set, new[] { fluent }, _ => new Call("With", new Lambda("s", new Construction("s with", new[] { new KeyValuePair<string, Expr>(property, SpecLiteral.Of(value)) }))));

    /// <summary>
    /// The document the definition writes must be this one by meaning; a switch left out comes back as false, which is
    /// said on standard error. Anything else the writer would add, drop or change is refused at its path.
    /// </summary>
    private static void RequireSameDocument(PayloadFile file, SecurityConfigurationSpec target, ICollection<string> notes)
    {
        if (VerifiedImport.Attempt(() => SecurityConfiguration.FromSpec(target).ToJson()) is not { } written)
        {
            throw new CliException($"{file.Path}: the document configures nothing a security configuration can write (encryption, authentication, authorization or instance metadata settings), so there is nothing to import.");
        }

        foreach (var difference in JsonDifferences.Between(file.Json, JsonParser.Parse(written)))
        {
            if (difference is { Document: null, Rebuilt: JsonBool { Value: false } } && IsSwitch(difference.Path))
            {
                notes.Add($"note: {difference.Path}: the document leaves this switch out, so it is off; the DSL writes both switches, so the definition writes false.");
                continue;
            }

            throw new CliException($"{file.Path}: {WirePath.Display(difference.Path)}: {Mismatch(difference)}");
        }
    }

    private static bool IsSwitch(string path) =>
        path == WirePath.Member(Encryption, "EnableInTransitEncryption") || path == WirePath.Member(Encryption, "EnableAtRestEncryption");

    private static string Mismatch(JsonDifference difference) => difference.Document is null
        ? $"the document leaves this member out, but the DSL always writes it ({JsonKinds.Describe(difference.Rebuilt!)}), so no definition rebuilds this document. " +
          "Add it to the document if EMR should read that value, or keep this document as JSON."
        : $"the document has {JsonKinds.Describe(difference.Document)}, but the DSL writes {(difference.Rebuilt is null ? "nothing" : JsonKinds.Describe(difference.Rebuilt))} here, " +
          "so no definition rebuilds this document. Write it as the DSL does if that means the same to you, or keep this document as JSON.";
}
