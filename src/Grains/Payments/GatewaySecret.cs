using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ManaMitra.Grains.Payments;

/// <summary>
/// The key the gateway signs its callbacks with (<see cref="PaymentsOptions.WebhookSecret"/>). Without one configured,
/// a random key per process: the in-process sandbox gateway signs with it, and no one else can.
/// </summary>
public sealed class GatewaySecret(IOptions<PaymentsOptions> options)
{
    public byte[] Key { get; } = options.Value.WebhookSecret is { Length: > 0 } configured
        ? Encoding.UTF8.GetBytes(configured)
        : RandomNumberGenerator.GetBytes(32);
}
