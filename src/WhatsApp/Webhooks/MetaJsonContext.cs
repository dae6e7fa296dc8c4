using System.Text.Json.Serialization;

namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>
/// Compile-time (de)serialization of the webhook envelope: no reflection on the hot path of every inbound message.
/// Numbers are also read from strings because Meta documents some numbers as strings and sends others as numbers.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(MetaWebhook))]
public sealed partial class MetaJsonContext : JsonSerializerContext;
