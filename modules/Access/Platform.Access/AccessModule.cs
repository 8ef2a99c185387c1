using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Access.Bootstrap;
using Platform.Access.Contracts;
using Platform.Access.GraphQL;
using Platform.Access.Passwords;
using Platform.Access.SignIn;
using Platform.Access.Tokens;
using Platform.Access.Users;
using Platform.Kernel.Modules;

namespace Platform.Access;

/// <summary>Users, roles with scopes, sign-in and tokens.</summary>
public sealed class AccessModule : IPlatformModule
{
    public string Name => "Access";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section));
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton(sp => new ValidatedTokens(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DecoyHash>();
        services.AddSingleton(sp => new PasswordHasher(sp.GetRequiredService<IOptions<AccessOptions>>().Value.PasswordIterations));
        services.AddScoped<UserCommands>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<SignInService>();
        services.AddScoped<IAccountProvisioning, AccountProvisioning>();
        services.AddHostedService<BootstrapAdmin>();
        services.AddSingleton(new ModuleGraph("access", "Users, roles and sign-in.", typeof(AccessQueryGraphType), typeof(AccessMutationGraphType)));

        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<UserAccount>(SnapshotLifecycle.Inline);
            options.Schema.For<UserAccount>().UniqueIndex(UniqueIndexType.Computed, "ux_user_account_phone", u => u.Phone);
        });

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyProvider, IOptions<AccessOptions>, ValidatedTokens>((jwt, keys, access, tokens) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = access.Value.Issuer,
                    ValidAudience = access.Value.Audience,
                    IssuerSigningKey = keys.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = AccessClaims.Name,
                    RoleClaimType = AccessClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                jwt.Events = SessionBearerEvents.Create(tokens);
            });
    }
}
