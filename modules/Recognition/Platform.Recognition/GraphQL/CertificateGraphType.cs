using GraphQL.Types;
using Platform.Recognition.Rewards;

namespace Platform.Recognition.GraphQL;

internal sealed class CertificateStatusGraphType : EnumerationGraphType<CertificateStatus>
{
    public CertificateStatusGraphType() => Name = "CertificateStatus";
}

// Open to anyone: only what is printed on the certificate, and whether it still stands.
internal sealed class CertificateGraphType : ObjectGraphType<Certificate>
{
    public CertificateGraphType()
    {
        Name = "Certificate";
        Description = "An honour's certificate (证书), as anyone verifying it sees it.";
        Field(x => x.Number);
        Field(x => x.SchemeId);
        Field<NonNullGraphType<StringGraphType>>("schemeName").Description("Chinese.").Resolve(c => c.Source.SchemeName.Zh);
        Field<NonNullGraphType<StringGraphType>>("schemeNameEn").Resolve(c => c.Source.SchemeName.En);
        Field(x => x.SubjectName).Description("The honoured worker's, branch's or enterprise's name.");
        Field(x => x.Period);
        Field(x => x.AwardedAt);
        Field<NonNullGraphType<CertificateStatusGraphType>>("status").Description("VALID, or REVOKED with the honour.").Resolve(c => c.Source.Status);
        Field(x => x.RevokedAt, nullable: true);
    }
}
