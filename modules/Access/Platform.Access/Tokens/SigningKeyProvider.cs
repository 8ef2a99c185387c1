using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Access.Tokens;

/// <summary>
/// The key tokens are signed with: configured, or in Development generated once and kept in the
/// data folder so sessions survive a restart. Outside Development a missing key stops the host.
/// </summary>
internal sealed class SigningKeyProvider(IOptions<AccessOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(options.Value, environment));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(AccessOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = Encoding.UTF8.GetBytes(options.SigningKey);
            if (configured.Length < 32)
                throw new InvalidOperationException("Access:SigningKey must be at least 32 bytes long.");
            return new SymmetricSecurityKey(configured);
        }
        if (!environment.IsDevelopment())
            throw new InvalidOperationException(
                "Access:SigningKey is not set: set it (32 bytes or more, the same on every host) outside Development.");

        var file = Path.GetFullPath(options.SigningKeyFile);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file).Trim()));
    }
}
