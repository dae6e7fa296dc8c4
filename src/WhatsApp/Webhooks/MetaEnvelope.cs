namespace ManaMitra.WhatsApp.Webhooks;

// The envelope of every WhatsApp Business Account webhook, as Meta documents it:
// {object, entry:[{id, changes:[{field, value}]}]}. Every member is nullable: what is absent
// is judged by the parser, never by the deserializer, so one odd item cannot sink a whole batch.

public sealed record MetaWebhook
{
    public string? Object { get; init; }

    public IReadOnlyList<MetaEntry?>? Entry { get; init; }
}

public sealed record MetaEntry
{
    /// <summary>The WhatsApp Business Account id.</summary>
    public string? Id { get; init; }

    public IReadOnlyList<MetaChange?>? Changes { get; init; }
}

public sealed record MetaChange
{
    /// <summary>The subscription this change belongs to; only <c>messages</c> carries citizens' messages and statuses.</summary>
    public string? Field { get; init; }

    public MetaChangeValue? Value { get; init; }
}

public sealed record MetaChangeValue
{
    public string? MessagingProduct { get; init; }

    public MetaMetadata? Metadata { get; init; }

    /// <summary>The senders of <see cref="Messages"/>, with the profile name WhatsApp shows for them.</summary>
    public IReadOnlyList<MetaContact?>? Contacts { get; init; }

    public IReadOnlyList<MetaMessage?>? Messages { get; init; }

    public IReadOnlyList<MetaStatus?>? Statuses { get; init; }

    /// <summary>Errors about the change itself rather than one message.</summary>
    public IReadOnlyList<MetaError?>? Errors { get; init; }
}

public sealed record MetaMetadata
{
    public string? DisplayPhoneNumber { get; init; }

    public string? PhoneNumberId { get; init; }
}

public sealed record MetaContact
{
    public MetaProfile? Profile { get; init; }

    /// <summary>The phone number; withheld for users with a username whom the business has not messaged recently.</summary>
    public string? WaId { get; init; }

    /// <summary>The business-scoped user id (BSUID), e.g. <c>IN.1648738043044942</c>.</summary>
    public string? UserId { get; init; }
}

public sealed record MetaProfile
{
    public string? Name { get; init; }
}
