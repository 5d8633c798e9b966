using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace EmrDsl.Testing;

/// <summary>
/// Checks a CreateSecurityConfiguration document against the structure the EMR Management Guide documents
/// ("Create a security configuration with the Amazon EMR console or with the AWS CLI": the JSON references for
/// encryption, Kerberos, EMRFS role mappings and the instance metadata service). Written from the documentation
/// alone, independent of EmrDsl's model and emitter: allowed members per object, JSON types, enum values and the
/// combinations each mode requires or forbids.
/// </summary>
public static class SecurityConfigurationOracle
{
    private static readonly Regex KmsKeyArn = new(@"^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)/.+$");
    private static readonly Regex IamRoleArn = new(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$");
    private static readonly Regex S3Path = new(@"^(s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?|arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?)$");
    private static readonly Regex IdentityCenterInstance = new(@"^arn:aws[a-zA-Z0-9-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$");
    private static readonly Regex SessionTagValue = new(@"^[.\-_/#A-Za-z0-9 ]{1,512}$");
    private static readonly Regex JavaClass = new(@"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$");

    public static void AssertValid(string json)
    {
        var errors = Validate(json);
        if (errors.Count > 0)
        {
            throw new XunitException("The security configuration does not match the documented structure:\n  " + string.Join("\n  ", errors) + "\n" + json);
        }
    }

    /// <summary>Every problem found, each prefixed with its JSON path; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new[] { "$: not JSON: " + e.Message };
        }

        using (document)
        {
            var root = new Node(document.RootElement, "$", errors);
            if (root.IsObject("EncryptionConfiguration", "AuthenticationConfiguration", "AuthorizationConfiguration", "InstanceMetadataServiceConfiguration"))
            {
                if (!root.Element.EnumerateObject().Any())
                {
                    root.Fail("an empty document configures nothing");
                }

                root.Child("EncryptionConfiguration", required: false, Encryption);
                root.Child("AuthenticationConfiguration", required: false, a =>
                {
                    if (a.IsObject("KerberosConfiguration", "IdentityCenterConfiguration"))
                    {
                        a.Child("KerberosConfiguration", required: false, Kerberos);
                        a.Child("IdentityCenterConfiguration", required: false, IdentityCenter);
                    }
                });
                root.Child("AuthorizationConfiguration", required: false, a =>
                {
                    if (a.IsObject("EmrFsConfiguration", "IAMConfiguration", "LakeFormationConfiguration"))
                    {
                        a.Child("EmrFsConfiguration", required: false, EmrFs);
                        a.Child("IAMConfiguration", required: false, Iam);
                        a.Child("LakeFormationConfiguration", required: false, lakeFormation =>
                        {
                            if (lakeFormation.IsObject("AuthorizedSessionTagValue"))
                            {
                                lakeFormation.String("AuthorizedSessionTagValue", required: true, SessionTagValue, "a session tag value");
                            }
                        });

                        // "Enable Lake Formation with Amazon EMR": Lake Formation authorizes the runtime roles of the same document.
                        if (a.Has("LakeFormationConfiguration") && !RuntimeRolesEnabled(a.Element))
                        {
                            a.Fail("LakeFormationConfiguration needs IAMConfiguration.EnableApplicationScopedIAMRole true");
                        }
                    }
                });
                root.Child("InstanceMetadataServiceConfiguration", required: false, imds =>
                {
                    if (imds.IsObject("MinimumInstanceMetadataServiceVersion", "HttpPutResponseHopLimit"))
                    {
                        imds.Integer("MinimumInstanceMetadataServiceVersion", required: true, 1, 2);
                        imds.Integer("HttpPutResponseHopLimit", required: true, 1, 64);
                    }
                });
            }
        }

        return errors;
    }

    private static void Encryption(Node e)
    {
        if (!e.IsObject("EnableInTransitEncryption", "EnableAtRestEncryption", "InTransitEncryptionConfiguration", "AtRestEncryptionConfiguration", "EMRWALEncryptionConfiguration"))
        {
            return;
        }

        var inTransit = e.Bool("EnableInTransitEncryption") ?? false;
        var atRest = e.Bool("EnableAtRestEncryption") ?? false;
        RequiredWhenEnabled(e, inTransit, "EnableInTransitEncryption", "InTransitEncryptionConfiguration");
        RequiredWhenEnabled(e, atRest, "EnableAtRestEncryption", "AtRestEncryptionConfiguration");

        e.Child("InTransitEncryptionConfiguration", required: false, t =>
        {
            if (t.IsObject("TLSCertificateConfiguration"))
            {
                t.Child("TLSCertificateConfiguration", required: true, Tls);
            }
        });
        e.Child("AtRestEncryptionConfiguration", required: false, r =>
        {
            if (!r.IsObject("S3EncryptionConfiguration", "LocalDiskEncryptionConfiguration"))
            {
                return;
            }

            if (!r.Has("S3EncryptionConfiguration") && !r.Has("LocalDiskEncryptionConfiguration"))
            {
                r.Fail("needs S3EncryptionConfiguration, LocalDiskEncryptionConfiguration or both");
            }

            r.Child("S3EncryptionConfiguration", required: false, S3);
            r.Child("LocalDiskEncryptionConfiguration", required: false, LocalDisk);
        });
        e.Child("EMRWALEncryptionConfiguration", required: false, w =>
        {
            if (w.IsObject("AwsKmsKey"))
            {
                w.String("AwsKmsKey", required: false, KmsKeyArn, "a KMS key ARN");
            }
        });
    }

    private static void RequiredWhenEnabled(Node e, bool enabled, string flag, string configuration)
    {
        if (enabled && !e.Has(configuration))
        {
            e.Fail($"{flag} is true but {configuration} is missing");
        }

        if (!enabled && e.Has(configuration))
        {
            e.Fail($"{configuration} is present but {flag} is not true");
        }
    }

    private static void Tls(Node t)
    {
        if (!t.IsObject("CertificateProviderType", "S3Object", "CertificateProviderClass", "AwsKmsKey", "SecretTags", "ValidityInDays", "WildcardDnsSuffix"))
        {
            return;
        }

        var type = t.Enum("CertificateProviderType", required: true, "EMR", "PEM", "Custom");
        t.String("S3Object", required: type is "PEM" or "Custom", S3Path, "an s3:// path or S3 ARN");
        t.String("CertificateProviderClass", required: type == "Custom", JavaClass, "a Java class name");
        t.String("AwsKmsKey", required: false, KmsKeyArn, "a KMS key ARN");
        t.Integer("ValidityInDays", required: false, 1, int.MaxValue);
        t.String("WildcardDnsSuffix", required: false);
        t.Array("SecretTags", required: false, tag =>
        {
            if (tag.IsObject("Key", "Value"))
            {
                tag.String("Key", required: true);
                tag.String("Value", required: true);
            }
        });

        t.ForbidWhen(type, "PEM", "CertificateProviderClass", "AwsKmsKey", "SecretTags", "ValidityInDays", "WildcardDnsSuffix");
        t.ForbidWhen(type, "Custom", "AwsKmsKey", "SecretTags", "ValidityInDays", "WildcardDnsSuffix");
        t.ForbidWhen(type, "EMR", "S3Object", "CertificateProviderClass");
    }

    private static void S3(Node s)
    {
        if (!s.IsObject("EncryptionMode", "AwsKmsKey", "S3Object", "EncryptionKeyProviderClass", "Overrides"))
        {
            return;
        }

        var mode = s.Enum("EncryptionMode", required: true, "SSE-S3", "SSE-KMS", "CSE-KMS", "CSE-Custom");
        s.String("AwsKmsKey", required: mode is "SSE-KMS" or "CSE-KMS", KmsKeyArn, "a KMS key ARN");
        s.String("S3Object", required: mode == "CSE-Custom", S3Path, "an s3:// path or S3 ARN");
        s.String("EncryptionKeyProviderClass", required: mode == "CSE-Custom", JavaClass, "a Java class name");
        s.ForbidWhen(mode, "SSE-S3", "AwsKmsKey", "S3Object", "EncryptionKeyProviderClass");
        s.ForbidWhen(mode, "SSE-KMS", "S3Object", "EncryptionKeyProviderClass");
        s.ForbidWhen(mode, "CSE-KMS", "S3Object", "EncryptionKeyProviderClass");
        s.ForbidWhen(mode, "CSE-Custom", "AwsKmsKey");
        s.Array("Overrides", required: false, o =>
        {
            if (!o.IsObject("BucketName", "EncryptionMode", "AwsKmsKey"))
            {
                return;
            }

            o.String("BucketName", required: true, new Regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"), "a bucket name");
            var overrideMode = o.Enum("EncryptionMode", required: true, "SSE-S3", "SSE-KMS", "CSE-KMS");
            o.String("AwsKmsKey", required: overrideMode is "SSE-KMS" or "CSE-KMS", KmsKeyArn, "a KMS key ARN");
            o.ForbidWhen(overrideMode, "SSE-S3", "AwsKmsKey");
        });
    }

    private static void LocalDisk(Node d)
    {
        if (!d.IsObject("EnableEbsEncryption", "EncryptionKeyProviderType", "AwsKmsKey", "S3Object", "EncryptionKeyProviderClass"))
        {
            return;
        }

        var type = d.Enum("EncryptionKeyProviderType", required: true, "AwsKms", "Custom");
        d.String("AwsKmsKey", required: type == "AwsKms", KmsKeyArn, "a KMS key ARN");
        d.String("S3Object", required: type == "Custom", S3Path, "an s3:// path or S3 ARN");
        d.String("EncryptionKeyProviderClass", required: type == "Custom", JavaClass, "a Java class name");
        if (d.Bool("EnableEbsEncryption") == true && type == "Custom")
        {
            d.Fail("EnableEbsEncryption needs EncryptionKeyProviderType AwsKms");
        }

        d.ForbidWhen(type, "AwsKms", "S3Object", "EncryptionKeyProviderClass");
        d.ForbidWhen(type, "Custom", "AwsKmsKey");
    }

    private static void Kerberos(Node k)
    {
        if (!k.IsObject("Provider", "ClusterDedicatedKdcConfiguration", "ExternalKdcConfiguration"))
        {
            return;
        }

        var provider = k.Enum("Provider", required: true, "ClusterDedicatedKdc", "ExternalKdc");
        k.ForbidWhen(provider, "ClusterDedicatedKdc", "ExternalKdcConfiguration");
        k.ForbidWhen(provider, "ExternalKdc", "ClusterDedicatedKdcConfiguration");
        k.Child("ClusterDedicatedKdcConfiguration", required: provider == "ClusterDedicatedKdc", c =>
        {
            if (!c.IsObject("TicketLifetimeInHours", "CrossRealmTrustConfiguration"))
            {
                return;
            }

            c.Integer("TicketLifetimeInHours", required: false, 1, int.MaxValue);
            c.Child("CrossRealmTrustConfiguration", required: false, trust =>
            {
                if (trust.IsObject("Realm", "Domain", "AdminServer", "KdcServer"))
                {
                    trust.String("Realm", required: true);
                    trust.String("Domain", required: true);
                    trust.String("AdminServer", required: true);
                    trust.String("KdcServer", required: true);
                }
            });
        });
        k.Child("ExternalKdcConfiguration", required: provider == "ExternalKdc", x =>
        {
            if (!x.IsObject("TicketLifetimeInHours", "KdcServerType", "AdminServer", "KdcServer", "AdIntegrationConfiguration"))
            {
                return;
            }

            x.Integer("TicketLifetimeInHours", required: false, 1, int.MaxValue);
            x.Enum("KdcServerType", required: true, "Single");
            x.String("AdminServer", required: true);
            x.String("KdcServer", required: true);
            x.Child("AdIntegrationConfiguration", required: false, ad =>
            {
                if (ad.IsObject("AdRealm", "AdDomain", "AdServer"))
                {
                    ad.String("AdRealm", required: true);
                    ad.String("AdDomain", required: true);
                    ad.String("AdServer", required: false);
                }
            });
        });
    }

    // "Runtime roles for Amazon EMR steps"; "Enable Lake Formation with Amazon EMR" (its example document).
    private static void Iam(Node iam)
    {
        if (!iam.IsObject("EnableApplicationScopedIAMRole", "ApplicationScopedIAMRoleConfiguration"))
        {
            return;
        }

        if (iam.Bool("EnableApplicationScopedIAMRole") is null)
        {
            iam.Fail("EnableApplicationScopedIAMRole is required");
        }

        iam.Child("ApplicationScopedIAMRoleConfiguration", required: false, scoped =>
        {
            if (scoped.IsObject("PropagateSourceIdentity"))
            {
                scoped.Bool("PropagateSourceIdentity");
            }
        });
    }

    // "User background sessions" (its create-security-configuration example, member names as published).
    private static void IdentityCenter(Node idc)
    {
        if (!idc.IsObject("EnableIdentityCenter", "IdentityCenterInstanceARN", "IdentityCenterApplicationAssigmentRequired", "EnableUserBackgroundSession", "IAMRoleForEMRIdentityCenterApplicationARN"))
        {
            return;
        }

        var enabled = idc.Bool("EnableIdentityCenter");
        if (enabled is null)
        {
            idc.Fail("EnableIdentityCenter is required");
        }

        idc.String("IdentityCenterInstanceARN", required: enabled == true, IdentityCenterInstance, "an IAM Identity Center instance ARN");
        idc.Bool("IdentityCenterApplicationAssigmentRequired");
        idc.Bool("EnableUserBackgroundSession");
        idc.String("IAMRoleForEMRIdentityCenterApplicationARN", required: enabled == true, IamRoleArn, "an IAM role ARN");
    }

    private static bool RuntimeRolesEnabled(JsonElement authorization) =>
        authorization.TryGetProperty("IAMConfiguration", out var iam) && iam.ValueKind == JsonValueKind.Object
        && iam.TryGetProperty("EnableApplicationScopedIAMRole", out var enabled) && enabled.ValueKind == JsonValueKind.True;

    private static void EmrFs(Node f)
    {
        if (!f.IsObject("RoleMappings"))
        {
            return;
        }

        f.Array("RoleMappings", required: true, m =>
        {
            if (!m.IsObject("Role", "IdentifierType", "Identifiers"))
            {
                return;
            }

            m.String("Role", required: true, IamRoleArn, "an IAM role ARN");
            var type = m.Enum("IdentifierType", required: true, "User", "Group", "Prefix");
            m.Array("Identifiers", required: true, id =>
            {
                if (id.Element.ValueKind != JsonValueKind.String || id.Element.GetString()!.Length == 0)
                {
                    id.Fail("must be a non-empty string");
                }
                else if (type == "Prefix" && !S3Path.IsMatch(id.Element.GetString()!))
                {
                    id.Fail("a Prefix identifier must be an s3:// location");
                }
            });
        });
    }

    /// <summary>One JSON value being checked, with its path for messages.</summary>
    private sealed class Node
    {
        private readonly List<string> _errors;

        public Node(JsonElement element, string path, List<string> errors)
        {
            Element = element;
            Path = path;
            _errors = errors;
        }

        public JsonElement Element { get; }

        public string Path { get; }

        public void Fail(string message) => _errors.Add($"{Path}: {message}");

        /// <summary>True when this is an object; reports every member the documentation does not list.</summary>
        public bool IsObject(params string[] allowed)
        {
            if (Element.ValueKind != JsonValueKind.Object)
            {
                Fail($"must be an object, not {Element.ValueKind}");
                return false;
            }

            foreach (var member in Element.EnumerateObject().Where(m => !allowed.Contains(m.Name, StringComparer.Ordinal)))
            {
                Fail($"unknown member '{member.Name}' (documented: {string.Join(", ", allowed)})");
            }

            return true;
        }

        public bool Has(string name) => Element.TryGetProperty(name, out _);

        public void Child(string name, bool required, Action<Node> check)
        {
            if (Element.TryGetProperty(name, out var value))
            {
                check(new Node(value, $"{Path}.{name}", _errors));
            }
            else if (required)
            {
                Fail($"missing required member '{name}'");
            }
        }

        public string? String(string name, bool required, Regex? shape = null, string? shapeName = null)
        {
            if (!Element.TryGetProperty(name, out var value))
            {
                if (required)
                {
                    Fail($"missing required member '{name}'");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length == 0)
            {
                Fail($"'{name}' must be a non-empty string");
                return null;
            }

            var text = value.GetString()!;
            if (shape is not null && !shape.IsMatch(text))
            {
                Fail($"'{name}' must be {shapeName} (got \"{text}\")");
            }

            return text;
        }

        public string? Enum(string name, bool required, params string[] values)
        {
            var text = String(name, required);
            if (text is not null && !values.Contains(text, StringComparer.Ordinal))
            {
                Fail($"'{name}' is \"{text}\"; documented values: {string.Join(" | ", values)}");
                return null;
            }

            return text;
        }

        public bool? Bool(string name)
        {
            if (!Element.TryGetProperty(name, out var value))
            {
                return null;
            }

            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Fail($"'{name}' must be true or false (a JSON boolean, not {value.ValueKind})");
                return null;
            }

            return value.GetBoolean();
        }

        public void Integer(string name, bool required, int min, int max)
        {
            if (!Element.TryGetProperty(name, out var value))
            {
                if (required)
                {
                    Fail($"missing required member '{name}'");
                }

                return;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            {
                Fail($"'{name}' must be an integer");
            }
            else if (number < min || number > max)
            {
                Fail($"'{name}' is {number}; allowed {min} to {max}");
            }
        }

        public void Array(string name, bool required, Action<Node> item)
        {
            if (!Element.TryGetProperty(name, out var value))
            {
                if (required)
                {
                    Fail($"missing required member '{name}'");
                }

                return;
            }

            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
            {
                Fail($"'{name}' must be a non-empty array");
                return;
            }

            var index = 0;
            foreach (var element in value.EnumerateArray())
            {
                item(new Node(element, $"{Path}.{name}[{index++}]", _errors));
            }
        }

        /// <summary>When <paramref name="actual"/> is <paramref name="value"/>, the listed members do not belong.</summary>
        public void ForbidWhen(string? actual, string value, params string[] forbidden)
        {
            if (actual != value)
            {
                return;
            }

            foreach (var name in forbidden.Where(Has))
            {
                Fail($"'{name}' does not apply when the mode is {value}");
            }
        }
    }
}
