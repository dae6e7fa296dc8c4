using ManaMitra.WhatsApp.CloudApi;

namespace ManaMitra.Interfaces.Delivery;

// The WhatsApp protocol library knows nothing of Orleans, so its send results cross the grain boundary (dispatcher →
// citizen's grain, IOutboxDelivery.SendCompleted) through these surrogates: one per concrete result, because Orleans
// picks a codec by the runtime type.

[GenerateSerializer]
public struct AcceptedSurrogate
{
    [Id(0)] public string MessageId;
}

[RegisterConverter]
public sealed class AcceptedConverter : IConverter<SendResult.Accepted, AcceptedSurrogate>
{
    public SendResult.Accepted ConvertFromSurrogate(in AcceptedSurrogate surrogate) => new(surrogate.MessageId);

    public AcceptedSurrogate ConvertToSurrogate(in SendResult.Accepted value) => new() { MessageId = value.MessageId };
}

[GenerateSerializer]
public struct TransientSurrogate
{
    [Id(0)] public string Reason;
    [Id(1)] public TimeSpan? RetryAfter;
    [Id(2)] public int HttpStatus;
    [Id(3)] public int Code;
}

[RegisterConverter]
public sealed class TransientConverter : IConverter<SendResult.Transient, TransientSurrogate>
{
    public SendResult.Transient ConvertFromSurrogate(in TransientSurrogate surrogate) =>
        new(surrogate.Reason, surrogate.RetryAfter, surrogate.HttpStatus, surrogate.Code);

    public TransientSurrogate ConvertToSurrogate(in SendResult.Transient value) =>
        new() { Reason = value.Reason, RetryAfter = value.RetryAfter, HttpStatus = value.HttpStatus, Code = value.Code };
}

[GenerateSerializer]
public struct RejectedSurrogate
{
    [Id(0)] public int Code;
    [Id(1)] public string Reason;
    [Id(2)] public int HttpStatus;
}

[RegisterConverter]
public sealed class RejectedConverter : IConverter<SendResult.Rejected, RejectedSurrogate>
{
    public SendResult.Rejected ConvertFromSurrogate(in RejectedSurrogate surrogate) => new(surrogate.Code, surrogate.Reason, surrogate.HttpStatus);

    public RejectedSurrogate ConvertToSurrogate(in SendResult.Rejected value) =>
        new() { Code = value.Code, Reason = value.Reason, HttpStatus = value.HttpStatus };
}
