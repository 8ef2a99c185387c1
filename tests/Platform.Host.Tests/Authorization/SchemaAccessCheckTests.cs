using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.GraphQL;
using Platform.Testing;

namespace Platform.Host.Tests.Authorization;

public sealed class SchemaAccessCheckTests(TestPlatform platform) : IClassFixture<TestPlatform>
{
    [Fact]
    public void Every_field_of_the_served_schema_under_query_and_mutation_declares_who_may_use_it()
    {
        var schema = platform.Services.GetRequiredService<PlatformSchema>();
        SchemaAccessCheck.Verify(schema); // throws, naming the fields, when one declares nothing
        var groups = schema.Query.Fields.Concat(schema.Mutation!.Fields).ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.True(FieldAuthorizationRule.Declares(g)));
    }

    [Fact]
    public void A_schema_with_an_undeclared_field_is_refused_with_its_name()
    {
        var group = new ObjectGraphType { Name = "LeakyQuery" };
        group.Field<StringGraphType>("secret").Resolve(_ => "s");
        var query = new ObjectGraphType { Name = "Query" };
        query.Field("leaky", group).AllowAnonymous().Resolve(_ => new object());
        var schema = new Schema { Query = query };

        var error = Assert.Throws<InvalidOperationException>(() => SchemaAccessCheck.Verify(schema));
        Assert.Contains("LeakyQuery.secret", error.Message, StringComparison.Ordinal);
    }
}
