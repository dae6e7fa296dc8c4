using ManaMitra.Catalog;
using ManaMitra.Conversations.Forms;
using ManaMitra.Departments.Handlers;
using ManaMitra.Languages;
using ManaMitra.Tests.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static ManaMitra.Tests.Forms.FormSamples;

namespace ManaMitra.Tests.Forms;

/// <summary>The session lives in the chat grain's state, so it must survive Orleans' binary serializer whole.</summary>
public sealed class FormSessionSerializationTests
{
    [Fact]
    public void A_session_in_progress_round_trips_through_the_Orleans_serializer()
    {
        var flow = Flow();
        var (session, _) = flow.Start(Certificate, ShippedLanguages.English);
        flow.Handle(session, Certificate, Text(ValidAadhaar), ShippedLanguages.English);
        flow.Handle(session, Certificate, Text("12345"), ShippedLanguages.English);
        session.ReturnToSummary = true;
        session.Phase = FormPhase.ChoosingEdit;

        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var copy = Assert.IsType<FormSession>(serializer.Deserialize<FormSession>(serializer.SerializeToArray(session)));

        Assert.Equal(
            (session.ServiceId, session.Index, session.FailedAttempts, session.Phase, session.ReturnToSummary),
            (copy.ServiceId, copy.Index, copy.FailedAttempts, copy.Phase, copy.ReturnToSummary));
        Assert.Equal(("income-certificate", 1, 1), (copy.ServiceId, copy.Index, copy.FailedAttempts));
        Assert.Equal(session.Answers, copy.Answers);
        Assert.Equal(new FormAnswer(Hasher.Hash(ValidAadhaar), "XXXX XXXX 5246"), copy.Answers["aadhaar"]);
    }
}
