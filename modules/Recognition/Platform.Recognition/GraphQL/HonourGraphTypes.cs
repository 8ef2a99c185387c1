using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Recognition.Nominations;
using Platform.Recognition.Schemes;

namespace Platform.Recognition.GraphQL;

internal sealed class HonourGraphType : ObjectGraphType<Nomination>
{
    public HonourGraphType()
    {
        Name = "Honour";
        Description = "An honour awarded (its id is its nomination's), revoked or not.";
        Field(n => n.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(n => n.SchemeId);
        Field<LocalizedNameGraphType>("schemeName").Resolve(c => c.RequestServices!.GetRequiredService<SchemeCatalog>().Find(c.Source.SchemeId)?.Name);
        Field(n => n.Period);
        Field<NonNullGraphType<SubjectKindGraphType>>("subjectKind").Resolve(c => c.Source.Subject.Kind);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Subject.Id);
        Field(n => n.SubjectName);
        Field(n => n.CertificateNumber, nullable: true);
        Field(n => n.AwardedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("revoked").Resolve(c => c.Source.Status == NominationStatus.Revoked);
        Field<StringGraphType>("revocationReason").Resolve(c => c.Source.Status == NominationStatus.Revoked ? c.Source.Outcome : null);
    }
}

/// <summary>The public honour roll: the name, the scheme and the period, nothing more.</summary>
internal sealed class PublicHonourGraphType : ObjectGraphType<Nomination>
{
    public PublicHonourGraphType()
    {
        Name = "PublicHonour";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.SubjectName);
        Field<NonNullGraphType<SubjectKindGraphType>>("subjectKind").Resolve(c => c.Source.Subject.Kind);
        Field(n => n.SchemeId);
        Field<LocalizedNameGraphType>("schemeName").Resolve(c => c.RequestServices!.GetRequiredService<SchemeCatalog>().Find(c.Source.SchemeId)?.Name);
        Field(n => n.Period);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => int.Parse(c.Source.Period[..4], System.Globalization.CultureInfo.InvariantCulture));
    }
}
