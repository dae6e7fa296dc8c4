using System.Reflection;
using System.Text.Json;
using ManaMitra.Catalog;
using ManaMitra.Conversations;
using ManaMitra.Conversations.Forms;
using ManaMitra.Conversations.Vocabulary;
using ManaMitra.Interfaces.Applications;
using ManaMitra.Tests.Catalog;
using ManaMitra.Tests.Forms;

namespace ManaMitra.Tests.Conversations;

/// <summary>
/// Erasure resets the session field by field (the grain holds the object), so a field added later could survive it
/// unnoticed: this pins that every field is either reset or named here as kept, with its reason in
/// <see cref="ChatSession.Forget"/>.
/// </summary>
public sealed class ChatSessionForgetTests
{
    private static readonly string[] Kept = [nameof(ChatSession.LastInbound), nameof(ChatSession.Otp)];

    [Fact]
    public void Forget_resets_every_field_but_those_it_names_as_kept()
    {
        var session = Everything();
        var fresh = new ChatSession();
        var fields = typeof(ChatSession).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        var reset = fields.Where(p => !Kept.Contains(p.Name)).ToList();
        // Each is set before, so the checks after could fail: a new field must be set here too, and so be classified.
        Assert.All(fields, p => Assert.NotEqual(Json(p.GetValue(fresh)), Json(p.GetValue(session))));
        var kept = Kept.ToDictionary(name => name, name => Json(typeof(ChatSession).GetProperty(name)!.GetValue(session)));

        session.Forget();

        Assert.All(reset, p => Assert.Equal(Json(p.GetValue(fresh)), Json(p.GetValue(session))));
        Assert.All(Kept, name => Assert.Equal(kept[name], Json(typeof(ChatSession).GetProperty(name)!.GetValue(session))));
    }

    /// <summary>A session with every field away from its default.</summary>
    private static ChatSession Everything()
    {
        var session = TestConversations.Consented(CatalogLoader.Load(CatalogLoader.DefaultDirectory), ShippedLanguages.English);
        session.Current = new Step(StepKind.Service, "income-certificate");
        session.History.Add(Step.MainMenu);
        session.LastActivity = FormSamples.Now;
        session.OptedOut = true;
        session.Form = new FormSession { ServiceId = "income-certificate" };
        session.Keep(new DocumentRef("REV-DOC-1", ShippedLanguages.Text("Income Certificate", "ఆదాయ ధృవీకరణ పత్రం"), FormSamples.Now));
        session.Applications.Add("REV-INC-2025-000001");
        session.LastInbound = FormSamples.Now;
        session.AwaitedReply = new AwaitedReply("REV-INC-2025-000001", CitizenReplyKind.Correction);
        session.StoppedNoteAt = FormSamples.Now;
        session.Otp.Sending(FormSamples.Now, new OtpOptions());
        return session;
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
