using System.Text.Json.Serialization;
using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.WhatsApp.Webhooks;

/// <summary>One item of <c>messages[]</c>: a message a WhatsApp user sent to the business number.</summary>
public sealed record MetaMessage
{
    /// <summary>The <c>wamid</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The sender's phone number (<c>wa_id</c>); absent when Meta withholds it.</summary>
    public string? From { get; init; }

    /// <summary>The sender's business-scoped user id.</summary>
    public string? FromUserId { get; init; }

    /// <summary>Set when the message was posted in a group the business is part of.</summary>
    public string? GroupId { get; init; }

    /// <summary>Unix seconds, as a string.</summary>
    public string? Timestamp { get; init; }

    public string? Type { get; init; }

    /// <summary>The message this one replies to or was sent from (e.g. the list a row was picked in).</summary>
    public MetaMessageContext? Context { get; init; }

    public MetaText? Text { get; init; }

    public MetaInteractive? Interactive { get; init; }

    /// <summary>A quick-reply button of a template message.</summary>
    public MetaTemplateButton? Button { get; init; }

    public MetaLocation? Location { get; init; }

    public MetaMedia? Image { get; init; }

    public MetaMedia? Document { get; init; }

    public MetaMedia? Audio { get; init; }

    public MetaMedia? Video { get; init; }

    public MetaMedia? Sticker { get; init; }

    public MetaReaction? Reaction { get; init; }

    /// <summary>Contact cards the user shared.</summary>
    public IReadOnlyList<MetaContactCard?>? Contacts { get; init; }

    /// <summary>Why Meta could not deliver the content, for <c>unsupported</c> messages.</summary>
    public IReadOnlyList<MetaError?>? Errors { get; init; }
}

public sealed record MetaMessageContext
{
    public string? From { get; init; }

    public string? Id { get; init; }
}

public sealed record MetaText
{
    public string? Body { get; init; }
}

public sealed record MetaInteractive
{
    /// <summary><c>button_reply</c>, <c>list_reply</c> or <c>nfm_reply</c> (a completed WhatsApp Flow).</summary>
    public string? Type { get; init; }

    public MetaReplyChoice? ButtonReply { get; init; }

    public MetaReplyChoice? ListReply { get; init; }

    public MetaFlowReply? NfmReply { get; init; }
}

public sealed record MetaReplyChoice
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    /// <summary>Only list rows have one.</summary>
    public string? Description { get; init; }
}

public sealed record MetaFlowReply
{
    /// <summary>The flow's answers, a JSON object serialized into a string.</summary>
    public string? ResponseJson { get; init; }

    public string? Body { get; init; }

    public string? Name { get; init; }
}

public sealed record MetaTemplateButton
{
    public string? Text { get; init; }

    public string? Payload { get; init; }
}

public sealed record MetaLocation
{
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? Name { get; init; }

    public string? Address { get; init; }
}

public sealed record MetaMedia
{
    /// <summary>The Cloud API media id, to download the file with.</summary>
    public string? Id { get; init; }

    public string? MimeType { get; init; }

    [JsonPropertyName("sha256")]
    public string? Sha256 { get; init; }

    /// <summary>Images, videos and documents only.</summary>
    public string? Caption { get; init; }

    /// <summary>Documents only.</summary>
    public string? Filename { get; init; }
}

public sealed record MetaReaction
{
    /// <summary>The message reacted to.</summary>
    public string? MessageId { get; init; }

    /// <summary>Empty when the user removed a reaction.</summary>
    public string? Emoji { get; init; }
}

public sealed record MetaContactCard
{
    public MetaContactCardName? Name { get; init; }

    public IReadOnlyList<MetaContactCardPhone?>? Phones { get; init; }
}

public sealed record MetaContactCardName
{
    public string? FormattedName { get; init; }
}

public sealed record MetaContactCardPhone
{
    public string? Phone { get; init; }

    public string? WaId { get; init; }

    public string? Type { get; init; }
}
