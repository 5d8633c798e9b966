using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>IdentifierType</c> values of an EMRFS role mapping.</summary>
public enum EmrFsIdentifierType
{
    /// <summary>Hadoop users (Linux account users or Kerberos principals).</summary>
    [ApiValue("User")]
    User,

    /// <summary>Hadoop groups.</summary>
    [ApiValue("Group")]
    Group,

    /// <summary>Amazon S3 location prefixes.</summary>
    [ApiValue("Prefix")]
    Prefix,
}
